"""The top divisions of Honduras, Guatemala, El Salvador, Panama, Jamaica, Trinidad and Tobago and Haiti
(2022-2025): a club named bare or in full is a club.

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
            "Comunicaciones confirmed that coach Aurelio Sandoval had left.",
            "Aurelio Sandoval",
            "Comunicaciones FC",
            "left",
        ),
        (
            "W Connection parted ways with coach Kelvin Ramdass.",
            "Kelvin Ramdass",
            "W Connection",
            "dismissed",
        ),
        (
            "Isidro Metapán have named Tomás Galdámez as their new coach.",
            "Tomás Galdámez",
            "AD Isidro Metapán",
            "appointed",
        ),
        ("Xelajú MC sacked coach Rigoberto Ajú.", "Rigoberto Ajú", "Xelajú MC", "dismissed"),
        (
            "Violette AC have appointed Wilner Estimé as head coach.",
            "Wilner Estimé",
            "Violette AC",
            "appointed",
        ),
        ("Cavalier and coach Desmond Rowe have parted ways.", "Desmond Rowe", "Cavalier FC", "left"),
    ],
)
def test_a_central_american_or_caribbean_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_olimpia_of_a_honduran_story_is_the_honduran_club() -> None:
    """'Olimpia' alone is Paraguay's club, but Honduras' in a story that names CD Olimpia."""
    keys = keys_of(
        "CD Olimpia have appointed Marcos Lagos as head coach. Lagos won two titles before with Olimpia."
    )
    assert ("Marcos Lagos", "CD Olimpia", "first_team", "appointed") in keys
    assert all(k[1] != "Olimpia" for k in keys)
    assert lookup_club("Olimpia").country == "Paraguay"


@pytest.mark.parametrize(
    # words, towns and a surname: never a club on their own
    "word",
    ["Marathón", "Victoria", "Vida", "Municipal", "Antigua", "Águila", "Firpo", "Waterhouse", "Tivoli"],
)
def test_words_towns_and_names_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
