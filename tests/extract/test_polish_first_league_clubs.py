"""Poland's I liga (the second tier) of 2016-17 to 2024-25: its clubs are read when named in full,
and a bare short name the press uses after naming the club ("Chrobry have handed the team to X") is
that club; towns and ordinary words ("Tychy", "Skra", "Znicz") are context aliases only.

Invented sentences; the clubs are real members of that league (pipeline/reference/README.md)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Chrobry Głogów have appointed Jan Wierzbicki as head coach.",
            "Jan Wierzbicki",
            "Chrobry Głogów",
            "appointed",
        ),
        (
            "Wigry Suwałki sacked coach Tomasz Kalinowski on Monday.",
            "Tomasz Kalinowski",
            "Wigry Suwałki",
            "dismissed",
        ),
        (
            "GKS Tychy have appointed Marek Zieliński as head coach.",
            "Marek Zieliński",
            "GKS Tychy",
            "appointed",
        ),
        (
            "Stomil confirmed that coach Paweł Lewandowicz had left.",
            "Paweł Lewandowicz",
            "Stomil Olsztyn",
            "left",
        ),
        ("ŁKS Łódź sacked coach Adam Borowiec on Friday.", "Adam Borowiec", "ŁKS Łódź", "dismissed"),
    ],
)
def test_a_first_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_a_short_name_after_the_full_one_is_the_club() -> None:
    text = (
        "Jagiellonia have appointed Jan Wierzbicki, who had led Chrobry Głogów for six years. "
        "Chrobry have appointed his assistant Piotr Nowacki as head coach."
    )
    assert ("Piotr Nowacki", "Chrobry Głogów", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize("word", ["Chrobry", "Tychy", "Skra", "Znicz", "Kotwica", "Wigry", "Resovia", "ŁKS"])
def test_towns_and_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
