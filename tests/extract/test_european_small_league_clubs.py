"""Smaller European leagues and lower tiers (Bosnia and Herzegovina's Premier League,
Luxembourg's National Division, the Faroe Islands' Premier League, Austria's 2. Liga,
Switzerland's Challenge League): a club named bare or in full is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Igman Konjic have appointed Edin Hadžić as head coach.",
            "Edin Hadžić",
            "FK Igman Konjic",
            "appointed",
        ),
        (
            "Tuzla City sacked coach Mirza Osmanović on Friday.",
            "Mirza Osmanović",
            "FK Tuzla City",
            "dismissed",
        ),
        (
            "Etzella confirmed that coach Marc Thill had left.",
            "Marc Thill",
            "FC Etzella Ettelbruck",
            "left",
        ),
        ("B68 have appointed Rói Joensen as head coach.", "Rói Joensen", "B68 Toftir", "appointed"),
        (
            "First Vienna confirmed that coach Lukas Brandner had left.",
            "Lukas Brandner",
            "First Vienna FC",
            "left",
        ),
        (
            "Vorwärts Steyr sacked coach Armin Hollerer on Monday.",
            "Armin Hollerer",
            "SK Vorwärts Steyr",
            "dismissed",
        ),
        (
            "Stade Nyonnais have appointed Cédric Favre as head coach.",
            "Cédric Favre",
            "FC Stade Nyonnais",
            "appointed",
        ),
        (
            "Étoile Carouge confirmed that coach Yann Morel had left.",
            "Yann Morel",
            "Étoile Carouge FC",
            "left",
        ),
    ],
)
def test_a_small_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_austria_viennas_second_side_is_its_reserve() -> None:
    keys = keys_of("Young Violets have appointed Markus Pichler as head coach.")
    assert ("Markus Pichler", "Austria Vienna", "reserve", "appointed") in keys


@pytest.mark.parametrize(
    # towns and words: never a club on their own
    "word",
    ["Bellinzona", "Baden", "Dornbirn", "Amstetten", "Konjic", "Pétange", "Toftir", "Wels", "Steyr", "FAC"],
)
def test_towns_and_acronyms_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
