"""A new man's arrival from C told after his first verb, with the post he arrives to take, or as his
return to the club is his leaving C: "X signed a two-year deal and arrives from C", "X signs until 2027 and
comes over from C", "X joins as assistant manager from C", "with the 38-year-old returning to the stadium
from C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hearts have appointed Colin Fairlie as head coach. "


def _left(text: str) -> set[str]:
    return {
        club
        for person, club, _squad, event in keys_of(_LEAD + text)
        if person == "Colin Fairlie" and event == "left"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Fairlie signed a two-year contract and arrives from Kilmarnock.",
        "Fairlie signs a deal to 2028 and comes over from Kilmarnock for an undisclosed fee.",
        "Fairlie joins as assistant manager from Kilmarnock.",
        "The deal was done quickly, with the 44-year-old returning to Tynecastle from Kilmarnock.",
    ],
)
def test_arrival_from_a_club_is_leaving_it(text: str) -> None:
    assert _left(text) == {"Kilmarnock"}


@pytest.mark.parametrize(
    "text",
    [
        # another man arrives in the second clause
        "Fairlie beat Kilmarnock and Steven Naismith arrives from Aberdeen.",
        # back from a trip, not from a club he worked at
        "Fairlie returned from Spain on Monday.",
        "Fairlie returned from Kilmarnock with a knee injury.",
    ],
)
def test_no_departure(text: str) -> None:
    assert not _left(text) - {"Hearts"}
