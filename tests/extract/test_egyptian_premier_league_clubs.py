"""Egypt's Premier League of 2018-19 to 2024-25: the clubs that were missing (Misr Lel Makkasa, Pharco,
National Bank of Egypt, Al Mokawloon Al Arab, Haras El Hodoud, ZED …) are read when named by their
names; towns, acronyms and words ("Aswan", "Tanta", "ZED", "Pyramids": the monuments too) are context
aliases only, read as the club where the story names it in full.

Invented sentences; the clubs are real members of that league (pipeline/reference/README.md)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        ("Pharco have appointed Hossam Fawzy as head coach.", "Hossam Fawzy", "Pharco FC", "appointed"),
        (
            "Misr Lel Makkasa sacked coach Tarek Mansour on Monday.",
            "Tarek Mansour",
            "Misr Lel Makkasa SC",
            "dismissed",
        ),
        (
            "Arab Contractors have appointed Karim Shalaby as head coach.",
            "Karim Shalaby",
            "Al Mokawloon Al Arab SC",
            "appointed",
        ),
    ],
)
def test_a_premier_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize("word", ["Pyramids", "Aswan", "Tanta", "ZED", "Nogoom", "NBE"])
def test_towns_acronyms_and_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
