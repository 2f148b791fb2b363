"""A career list ends where a later club opens a clause of its own: followed by a finite verb, a title and
a person, a copula's subject after a comma, or a player's years (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_BRANDT = "Brighton have appointed Lukas Brandt. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        (
            "The German has a long managerial career with Mainz and Freiburg and Hannover president "
            "Martin Kind praised his experience.",
            "Hannover 96",
        ),
        ("Brandt managed Mainz, coached Freiburg and Bayern beat both of his sides.", "Bayern Munich"),
        ("Brandt coached Freiburg and Bayern beat both of his sides.", "Bayern Munich"),
        (
            "Brandt coached Mainz and Freiburg, and in Germany at Bayern, Thomas Tuchel was his mentor.",
            "Bayern Munich",
        ),
        (
            "Brandt coached Mainz and Freiburg, and five seasons at Hertha as a player shaped him.",
            "Hertha BSC",
        ),
        ("Brandt coached Mainz and Freiburg and Hertha sacked him twice.", "Hertha BSC"),
    ],
)
def test_a_club_opening_the_next_clause_is_no_item(sentence: str, club: str) -> None:
    spells = _spells(_BRANDT + sentence, "Lukas Brandt")
    assert "SC Freiburg" in spells
    assert club not in spells


@pytest.mark.parametrize(
    "sentence",
    [
        "Brandt coached Mainz, Freiburg and Hertha in the Bundesliga.",
        "Brandt coached Mainz, Freiburg and Hertha before moving abroad.",
        "Brandt has a long managerial career with Mainz, Freiburg and Hertha.",
    ],
)
def test_a_list_ending_with_its_sentence_keeps_every_club(sentence: str) -> None:
    assert {"1. FSV Mainz 05", "SC Freiburg", "Hertha BSC"} <= _spells(_BRANDT + sentence, "Lukas Brandt")
