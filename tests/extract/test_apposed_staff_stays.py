"""An aide titled in an apposition who stays ("X, the club's long-serving assistant, stays on the coaching
staff", "X, his goalkeeping coach, remains") is kept on: his post at the club in view, as one titled before
his name already is; not one who stays on as the interim, nor a player described so (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Fulwood Rangers have sacked head coach Ivan Petrov. "
_KEPT = ("Dale Morrow", "Fulwood Rangers", "first_team", "in_charge")


@pytest.mark.parametrize(
    "aide",
    [
        "Dale Morrow, the club's long-serving assistant, stays on the coaching staff.",
        "Dale Morrow, his goalkeeping coach, remains at the club.",
    ],
)
def test_the_apposed_aide_who_stays_is_kept_on(aide: str) -> None:
    assert _KEPT in keys_of(_SACKED + aide)


@pytest.mark.parametrize(
    "other",
    [
        "Dale Morrow, the club's captain, stays at the club.",
        "Dale Morrow, the club's long-serving assistant, stays on as interim coach.",
    ],
)
def test_no_aides_post_kept(other: str) -> None:
    assert not any(k[0] == "Dale Morrow" and k[3] == "in_charge" for k in keys_of(_SACKED + other))
