"""A league title told as "champion of <country> with C", as translated copy writes it ("campeón de México
con C", "campione d'Italia con C"): a spell at C of a coach (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Lecce have appointed Jonas Brandt as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Brandt was champion of Denmark with Midtjylland in 2020.",
        _LEAD + "Before that, Brandt was twice champion of Denmark with Midtjylland.",
        _LEAD + "Brandt was champion of Denmark three times with Midtjylland.",
    ],
)
def test_champion_of_a_country_with_a_club(text: str) -> None:
    assert "FC Midtjylland" in _spells(text, "Jonas Brandt")


@pytest.mark.parametrize(
    "text",
    [
        # a title won as a player
        _LEAD + "Brandt was champion of Denmark as a player with Midtjylland.",
        # the country's team is the champion, not a club he led
        _LEAD + "Brandt was champion of Europe with Denmark as a midfielder.",
    ],
)
def test_no_spell_of_a_players_title(text: str) -> None:
    assert not {"FC Midtjylland", "Denmark"} & _spells(text, "Jonas Brandt")
