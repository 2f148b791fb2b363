"""A coach who "returns to the club where he won the cup in 2003" had an earlier spell there: the
clause hung on the club tells that spell (in_charge, an aide's when it says he was the assistant),
and its year is no date of the return, which the lead already tells. A clause on the new post ("where
he will work with …") tells no earlier spell, and a return told with its own date keeps it."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Sheffield Wednesday have named Howard Pell as their new manager on a two-year deal. "
_CLUB = "Sheffield Wednesday"


def _pell_at_the_club(text: str) -> list[dict]:
    return [f for f in facts_of(text) if f["club"] == _CLUB and f["coach"] == "Howard Pell"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 58-year-old returns to the club where he lifted the League Cup in 2003.",
        "Pell returns to Hillsborough, where he won promotion in 2003 in his first spell in charge.",
        "He is back at the club where he famously won the Cup in 2003.",
    ],
)
def test_earlier_spell_told_beside_the_return(sentence: str) -> None:
    facts = _pell_at_the_club(_LEAD + sentence)
    assert "in_charge" in {f["event"] for f in facts}
    # the title's year is no second appointment, nor the earlier spell's start the return's day
    assert all(f["date"] != "2003-01-01" for f in facts if f["event"] == "appointed")
    assert all(f["date"] != "2024-03-12" for f in facts if f["event"] == "in_charge")


def test_aides_post_told_beside_the_return() -> None:
    facts = _pell_at_the_club(_LEAD + "Pell returns to Hillsborough, where he was assistant in the 1990s.")
    assert {f["role"] for f in facts if f["event"] == "in_charge"} == {"assistant_coach"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause on the new post: no earlier spell
        "Pell returns to Hillsborough, where he will work alongside Sam Hurst.",
        "Pell returns to Hillsborough, where he was named manager on Monday.",
    ],
)
def test_no_earlier_spell_from_a_clause_on_the_new_post(sentence: str) -> None:
    assert "in_charge" not in {f["event"] for f in _pell_at_the_club(_LEAD + sentence)}
