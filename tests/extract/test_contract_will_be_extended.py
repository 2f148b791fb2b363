"""'X's contract will be extended' is an extension the club confirms; only its negation ('will not be
renewed', 'won't be extended') tells a coach whose term runs out."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hibernian head coach Tomas Berg guided his side to the cup final on Saturday. "
_POST = ("Tomas Berg", "Hibernian", "first_team")


@pytest.mark.parametrize(
    "sentence",
    [
        "The club confirmed that Berg's contract will be extended after the final.",
        "Berg's deal will be renewed in the summer, the chairman said.",
    ],
)
def test_a_coming_extension_is_an_extension(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert (*_POST, "extended") in keys
    assert (*_POST, "left") not in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "The club confirmed that Berg's contract will not be extended after the final.",
        "Berg's deal won't be renewed in the summer, the chairman said.",
    ],
)
def test_a_refused_renewal_is_his_exit(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert (*_POST, "left") in keys
    assert (*_POST, "extended") not in keys
