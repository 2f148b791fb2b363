"""A coach's earlier spell told by what he won there: "had been champion with A and B", "having won it twice
with C", "had conquered four titles with C" (sentences of our own)."""

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
