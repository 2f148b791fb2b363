"""South Africa's Premier Soccer League of 2015-16 to 2024-25: the clubs that were missing (Highlands
Park, Platinum Stars, Black Leopards, Baroka, Free State Stars, Cape Town Spurs …) are read when named
bare or in full, and "Richards Bay", a town the press names only for its club, is Richards Bay FC.

Invented sentences; the clubs are real members of that league (pipeline/reference/README.md)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Highlands Park have appointed Sizwe Mabena as head coach.",
            "Sizwe Mabena",
            "Highlands Park",
            "appointed",
        ),
        (
            "Black Leopards sacked coach Tumelo Ramoshaba on Friday.",
            "Tumelo Ramoshaba",
            "Black Leopards",
            "dismissed",
        ),
        (
            "Free State Stars have appointed Kabelo Nthite as head coach.",
            "Kabelo Nthite",
            "Free State Stars",
            "appointed",
        ),
        (
            "Platinum Stars confirmed that coach Andile Mokgatle had left.",
            "Andile Mokgatle",
            "Platinum Stars",
            "left",
        ),
        (
            "Richards Bay sacked coach Lwazi Khumalo on Monday.",
            "Lwazi Khumalo",
            "Richards Bay FC",
            "dismissed",
        ),
    ],
)
def test_a_psl_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_cape_town_spurs_is_no_tottenham() -> None:
    keys = keys_of("Cape Town Spurs have appointed Bongani Zwane as head coach.")
    assert ("Bongani Zwane", "Cape Town Spurs", "first_team", "appointed") in keys
    assert not any(club == "Tottenham Hotspur" for _, club, _, _ in keys)


@pytest.mark.parametrize(
    # towns, short forms and acronyms: never a club on their own
    "word",
    ["Tuks", "Magesi", "TTM", "Tshakhuma", "Cape Town", "Free State", "Highlands"],
)
def test_towns_and_short_forms_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
