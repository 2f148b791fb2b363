"""The second tiers of the Americas (Brazil's Série B, Argentina's Primera Nacional, Chile's
Primera B, Colombia's Primera B, Peru's Liga 2, Ecuador's Serie B, Mexico's Liga de Expansión, the
USL Championship): a club named bare or in full is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        ("Tombense have appointed Renato Falcão as head coach.", "Renato Falcão", "Tombense FC", "appointed"),
        (
            "Chaco For Ever confirmed that coach Hernán Villalba had left.",
            "Hernán Villalba",
            "Chaco For Ever",
            "left",
        ),
        (
            "Deportes Temuco have appointed Marcelo Riquelme as head coach.",
            "Marcelo Riquelme",
            "Deportes Temuco",
            "appointed",
        ),
        (
            "Unión Magdalena sacked coach Orlando Castaño on Monday.",
            "Orlando Castaño",
            "Unión Magdalena",
            "dismissed",
        ),
        (
            "Binacional confirmed that coach Walter Quispe had left.",
            "Walter Quispe",
            "Deportivo Binacional",
            "left",
        ),
        (
            "Mushuc Runa have appointed Darío Benítez as head coach.",
            "Darío Benítez",
            "Mushuc Runa SC",
            "appointed",
        ),
        (
            "Jaiba Brava sacked coach Rodrigo Leyva on Sunday.",
            "Rodrigo Leyva",
            "Tampico Madero FC",
            "dismissed",
        ),
        (
            "Rio Grande Valley FC have appointed Tom Kessler as head coach.",
            "Tom Kessler",
            "Rio Grande Valley FC Toros",
            "appointed",
        ),
    ],
)
def test_a_second_tier_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_a_longer_name_is_not_the_big_club_it_contains() -> None:
    """'Boca Juniors de Cali' is the Colombian club, not Boca Juniors."""
    keys = keys_of("Boca Juniors de Cali have appointed Iván Cardona as head coach.")
    assert ("Iván Cardona", "Boca Juniors de Cali", "first_team", "appointed") in keys
    assert not any(k[1] == "Boca Juniors" for k in keys)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Raya2 have appointed Julio Olvera as head coach.", "Julio Olvera", "CF Monterrey"),
        ("Pumas Tabasco have appointed Efraín Lugo as head coach.", "Efraín Lugo", "Pumas UNAM"),
    ],
)
def test_a_big_clubs_side_in_the_expansion_league_is_its_reserve(text: str, coach: str, club: str) -> None:
    assert (coach, club, "reserve", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    # towns, surnames and words: never a club on their own
    "word",
    ["Almagro", "Alvarado", "Temuco", "Quindío", "Cúcuta", "Orense", "Olmedo", "Mitre", "Ferro", "Venados"],
)
def test_towns_surnames_and_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
