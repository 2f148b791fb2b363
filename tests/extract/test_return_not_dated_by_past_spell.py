"""A return told with the club's past spells ('returns to C, the club he managed between 2011 and 2013 and
again in 2017'): the years of the clause on the club are those spells', not the return's (review 18,
finding 8). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

RETURNS = (
    "Ernesto Valverde returns to Athletic Club, the club he managed between 2013 and 2017.",
    "Ernesto Valverde returns to Athletic Club, the club he coached from 2013 to 2017, and again in 2022.",
    "Athletic Club have appointed Ernesto Valverde, who returns to the team he led from 2013 to 2017.",
)


@pytest.mark.parametrize("text", RETURNS)
def test_return_not_dated_by_a_past_spell(text: str) -> None:
    appointed = [f for f in facts_of(text) if f["event"] == "appointed"]
    assert appointed
    assert all(not (f["date"] or "").startswith(("2013", "2017", "2022")) for f in appointed)


def test_near_miss_a_change_dated_outside_the_clause() -> None:
    # the change's own date, outside the clause on the club, still dates it
    text = "Ernesto Valverde returned to Athletic Club in May 2022, the club he managed from 2013 to 2017."
    appointed = [f for f in facts_of(text) if f["event"] == "appointed"]
    assert [f["date"][:7] for f in appointed] == ["2022-05"]
