"""Italy's Serie C (2022-23 to 2025-26): a club named bare or in full is a club.

Invented sentences; the clubs are real members of that division (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Recanatese confirmed that coach Pippo Salvemini had left.",
            "Pippo Salvemini",
            "Recanatese",
            "left",
        ),
        (
            "Giana Erminio sacked coach Ettore Brambati on Sunday night.",
            "Ettore Brambati",
            "Giana Erminio",
            "dismissed",
        ),
        ("Fidelis Andria sacked coach Paolo Lenti.", "Paolo Lenti", "Fidelis Andria", "dismissed"),
        (
            "Dario Falzoni left Pergolettese for Fermana in the summer.",
            "Dario Falzoni",
            "Fermana",
            "appointed",
        ),
        (
            "Taranto FC have appointed Rocco Lentini as head coach.",
            "Rocco Lentini",
            "Taranto FC 1927",
            "appointed",
        ),
    ],
)
def test_a_serie_c_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_a_career_of_two_serie_c_clubs() -> None:
    keys = keys_of("Bruno Carrera, who coached Sangiuliano City last season, takes over at Pro Sesto.")
    assert ("Bruno Carrera", "Pro Sesto", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        ("Olbia and Franco Sanna part ways after two seasons.", "Franco Sanna", "Olbia Calcio", "left"),
        (
            "Olbia has terminated the contract of coach Franco Sanna.",
            "Franco Sanna",
            "Olbia Calcio",
            "dismissed",
        ),
        ("Taranto and coach Mimmo Lanza have parted ways.", "Mimmo Lanza", "Taranto FC 1927", "left"),
    ],
)
def test_a_town_acting_on_its_coach_is_the_towns_listed_club(
    text: str, coach: str, club: str, event: str
) -> None:
    """The bare town is a context alias of the club the reference lists by its full name: where it acts on
    the man named after it as only a club does, it is that club."""
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Franco Sanna, who was born in Olbia, has been appointed head coach of Pianese.",
        "The ferry left Olbia and Franco Sanna stayed behind.",
    ],
)
def test_a_town_as_a_place_is_no_club(text: str) -> None:
    assert all(k[1] != "Olbia Calcio" for k in keys_of(text))


@pytest.mark.parametrize(
    # towns, a given name, a surname and an English word: never a club on their own
    "word",
    ["Trento", "Messina", "Taranto", "Renate", "Torres", "Bra", "Samb"],
)
def test_towns_and_names_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
