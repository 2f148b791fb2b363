"""A coach's earlier spell told by what he won there: "had been champion with A and B", "having won it twice
with C", "had conquered four titles with C" (sentences of our own); not a title won as a player ("as a
midfielder", "in his days in midfield"), a world champion's, nor "conquered" with no title ("the hearts of
the fans")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Genk appointed Thorsten Fink. He had already been champion with Basel.", {"Basel"}),
        ("Genk appointed Thorsten Fink. Fink had been a two-time champion with Basel.", {"Basel"}),
        (
            "Genk appointed Thorsten Fink. Fink has been champion with Basel and Anderlecht.",
            {"Basel", "Anderlecht"},
        ),
        (
            "Genk appointed Thorsten Fink. Fink, 56, knows the league, having won it twice with Basel.",
            {"Basel"},
        ),
        ("Genk appointed Thorsten Fink. Fink had conquered four titles with Basel.", {"Basel"}),
    ],
)
def test_a_spell_told_by_a_title_won(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, "Thorsten Fink")


@pytest.mark.parametrize(
    "text",
    [
        "Genk appointed Thorsten Fink. Fink had been champion as a player with Basel.",
        "Genk appointed Thorsten Fink. Fink had been a player with Basel.",
        "Genk appointed Thorsten Fink. Fink is the champion of the club's fans, having played with Basel.",
    ],
)
def test_no_spell_without_a_title_won_as_coach(text: str) -> None:
    assert "Basel" not in _spells(text, "Thorsten Fink")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # a title won on the pitch, told by a position or a playing-days phrase
        ("Rossi had conquered four titles with Juventus as a midfielder in the 1990s.", "Juventus"),
        ("Rossi had been a two-time champion with Juventus in his days in midfield.", "Juventus"),
        ("Rossi, having won the league twice with Bari as captain, returns home.", "Bari"),
        ("Rossi had lifted the cup with Bari in his playing days.", "Bari"),
        # a world champion is mostly a player
        ("Rossi, who had been world champion with Italy in 2006, signed a two-year deal.", "Italy"),
        # "conquered" without a title
        ("Rossi, who has conquered the hearts of the fans at Bari, signed until 2026.", "Bari"),
    ],
)
def test_no_spell_for_a_title_won_as_a_player_or_no_title(text: str, club: str) -> None:
    assert club not in _spells("Lecce have appointed Marco Rossi as head coach. " + text, "Marco Rossi")


def test_a_cup_conquered_is_a_title() -> None:
    text = "Genk appointed Thorsten Fink. Fink had conquered the Copa Libertadores with Basel in 2007."
    assert "Basel" in _spells(text, "Thorsten Fink")
