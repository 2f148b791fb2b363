"""An aide told as not kept, with his title before his name or with a bare 'kept' (translated copy), leaves:
"Goalkeeping coach X was not kept", "Fitness coach X will not be kept on", "Assistant X has not been kept by
the new man". Not a man 'not kept informed'. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Walsall have appointed Kerry Mole. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LEAD + "Goalkeeping coach Tom Hale was not kept.", id="bare_kept_ending_the_sentence"),
        pytest.param(LEAD + "Fitness coach Tom Hale will not be kept on.", id="will_not_be_kept_on"),
        pytest.param(LEAD + "Assistant Tom Hale has not been kept by the new man.", id="not_been_kept_by"),
    ],
)
def test_titled_aide_not_kept_leaves(text: str) -> None:
    assert ("Tom Hale", "Walsall", "first_team", "left") in keys_of(text)


def test_not_kept_informed_is_no_exit() -> None:
    keys = keys_of(LEAD + "Tom Hale was not kept informed of the decision.")
    assert ("Tom Hale", "Walsall", "first_team", "left") not in keys
