"""Spells a coach is known by: "is best known in Scotland for two spells as coach of Scottish side C" (two
spells, each a fact), "best known for his spell in charge of C". A player's spells give none. Sentences of
our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Hibernian have appointed Jim Goodwin as manager. "


def _spells(text: str) -> int:
    return sum(
        1
        for f in facts_of(_NEWS + text)
        if (f["coach"], f["club"], f["event"]) == ("Jim Goodwin", "Motherwell", "in_charge")
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Irishman is best known in Scotland for two spells as coach of Scottish side Motherwell.", 2),
        ("Goodwin is best known for his spell in charge of Motherwell.", 1),
    ],
)
def test_spells_a_coach_is_known_for(text: str, count: int) -> None:
    assert _spells(text) == count


def test_a_players_spells_give_none() -> None:
    assert _spells("Goodwin is best known for two spells as a player at Motherwell.") == 0
