"""Spain's Primera Federación (2021-22 to 2025-26): a club named bare or in full is a club.

Invented sentences; the clubs are real members of that division (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        ("Sestao River sacked coach Iker Zubeldia on Monday.", "Iker Zubeldia", "Sestao River", "dismissed"),
        (
            "Unionistas confirmed that coach Jaime Molinero had left.",
            "Jaime Molinero",
            "Unionistas de Salamanca",
            "left",
        ),
        ("Gimnástica Segoviana sacked coach Abel Tovar.", "Abel Tovar", "Gimnástica Segoviana", "dismissed"),
        ("Antequera and coach Ramón Galdeano have parted ways.", "Ramón Galdeano", "Antequera CF", "left"),
    ],
)
def test_a_primera_federacion_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_a_club_named_atletico_is_no_atletico_madrid() -> None:
    keys = keys_of("Atlético Sanluqueño parted ways with coach Nacho Bernal.")
    assert ("Nacho Bernal", "Atlético Sanluqueño", "first_team", "dismissed") in keys
    assert all(k[1] != "Atlético Madrid" for k in keys)


def test_a_career_of_two_primera_federacion_clubs() -> None:
    keys = keys_of("Rubén Lago, who coached Yeclano last season, takes over at Cacereño.")
    assert ("Rubén Lago", "CP Cacereño", "first_team", "appointed") in keys


def test_a_reserve_side_of_the_division_is_its_clubs_reserve() -> None:
    keys = keys_of("Osasuna Promesas have appointed Pablo Irujo as head coach.")
    assert ("Pablo Irujo", "Osasuna", "reserve", "appointed") in keys


@pytest.mark.parametrize(
    # towns, surnames and a word: never a club on their own
    "word",
    ["Antequera", "Linares", "Talavera", "Arenas", "Intercity", "Europa"],
)
def test_towns_and_names_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
