"""Aides named by their titles that the new man brings "with him from C" ("He brings fitness coach A
with him from C", "brings his assistant A and the goalkeeping coach B with him from C") come with him
from C: each left it, in his own title's role, beside his arrival at the club in view."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Harbury Town have appointed Tomas Kvell as head coach. "


def _left(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["role"]) for f in facts_of(text) if f["event"] == "left"}


def test_titled_aide_brought_with_him_from_a_club():
    text = (
        _LEAD
        + "He brings fitness coach Anton Rusk with him from Brenton City, while goalkeeping coach Lars Penn "
        "stays."
    )
    assert ("Anton Rusk", "Brenton City", "fitness_coach") in _left(text)


def test_each_titled_aide_of_a_list_left():
    text = (
        _LEAD
        + "He brings his long-time assistant Anton Rusk and the goalkeeping coach Lars Penn with him from "
        "Brenton City."
    )
    assert {
        ("Anton Rusk", "Brenton City", "assistant_coach"),
        ("Lars Penn", "Brenton City", "goalkeeping_coach"),
    } <= _left(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # no club he comes from: only his arrival
        "He brings fitness coach Anton Rusk with him, while goalkeeping coach Lars Penn stays at the club.",
        # the club is where the aide worked, not one he is brought from
        "He brings in fitness coach Anton Rusk, who worked at Brenton City.",
    ],
)
def test_no_departure_without_a_club_brought_from(sentence):
    assert not any(club == "Brenton City" for _, club, _ in _left(_LEAD + sentence))
