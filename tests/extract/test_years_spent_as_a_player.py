"""Years spent at a club ("spent seven seasons with C") are a playing career's words too: in a sentence that
shows the man as a player ("the former Denmark captain", "scoring 80 goals") with no coaching word, they are
his playing days (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_KELLER = "Valencia have appointed Jonas Keller as head coach. "


def _spells(text: str) -> set[str]:
    return {
        club for person, club, _squad, ev in keys_of(text) if person == "Jonas Keller" and ev == "in_charge"
    }


@pytest.mark.parametrize(
    "text",
    [
        _KELLER
        + "The former Denmark captain, who played 90 matches for his country, spent seven seasons with "
        "Nantes.",
        _KELLER + "The former striker spent seven seasons with Nantes, scoring 80 goals.",
    ],
)
def test_years_spent_as_a_player_are_no_spell(text: str) -> None:
    assert "FC Nantes" not in _spells(text)


@pytest.mark.parametrize(
    "text",
    [
        _KELLER + "Keller spent seven seasons with Nantes.",
        _KELLER + "The former Denmark captain spent two seasons in charge of Nantes.",
        _KELLER + "The former midfielder spent seven seasons with Nantes and later coached Rennes.",
    ],
)
def test_years_spent_told_of_a_coach_still_read(text: str) -> None:
    assert "FC Nantes" in _spells(text)
