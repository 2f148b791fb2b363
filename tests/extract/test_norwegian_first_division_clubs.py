"""Norway's 1. divisjon (the OBOS-ligaen) of 2018 to 2025: the clubs that were missing (Sandnes Ulf,
Skeid, Hødd, Nest-Sotra, Ullensaker/Kisa, Raufoss, Kongsvinger …) are read when named by their club names;
towns and words ("Moss", "Raufoss", "Egersund", "Åsane") are context aliases only.

Invented sentences; the clubs are real members of that league (pipeline/reference/README.md)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Sandnes Ulf have appointed Eirik Haugland as head coach.",
            "Eirik Haugland",
            "Sandnes Ulf",
            "appointed",
        ),
        ("Skeid sacked coach Torstein Bråten on Monday.", "Torstein Bråten", "Skeid Fotball", "dismissed"),
        ("Hødd have appointed Kjell Ove Rørvik as head coach.", "Kjell Ove Rørvik", "IL Hødd", "appointed"),
        (
            "Kongsvinger IL confirmed that coach Anders Myhre had left.",
            "Anders Myhre",
            "Kongsvinger IL",
            "left",
        ),
    ],
)
def test_a_first_division_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize(
    "word", ["Moss", "Raufoss", "Egersund", "Åsane", "Kongsvinger", "Levanger", "Grorud"]
)
def test_towns_and_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
