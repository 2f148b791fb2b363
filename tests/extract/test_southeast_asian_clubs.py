"""The top divisions of the Philippines and Myanmar and the missing clubs of the Malaysian,
Vietnamese, Thai and Cambodian top divisions (2022-2025): a club named bare or in full is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        ("Yadanarbon confirmed that coach Thura Min had left.", "Thura Min", "Yadanarbon FC", "left"),
        (
            "Police Tero parted ways with coach Anan Chaiyaporn.",
            "Anan Chaiyaporn",
            "Police Tero FC",
            "dismissed",
        ),
        (
            "Stallion Laguna have appointed Eduardo Santos as head coach.",
            "Eduardo Santos",
            "Stallion Laguna FC",
            "appointed",
        ),
        (
            "Hong Linh Ha Tinh have appointed Tran Minh Duc as head coach.",
            "Tran Minh Duc",
            "Hong Linh Ha Tinh FC",
            "appointed",
        ),
        (
            "Kirivong Sok Sen Chey have appointed Chan Dara as head coach.",
            "Chan Dara",
            "Kirivong Sok Sen Chey FC",
            "appointed",
        ),
        (
            "Lamphun Warriors parted ways with coach Prasert Wongsa.",
            "Prasert Wongsa",
            "Lamphun Warriors FC",
            "dismissed",
        ),
        (
            "Kaya FC–Iloilo confirmed that coach Ramon Delgado had left.",
            "Ramon Delgado",
            "Kaya FC–Iloilo",
            "left",
        ),
    ],
)
def test_a_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize(
    # towns, provinces, a university and ordinary words: never a club on their own
    "word",
    ["Cebu", "Kaya", "Loyola", "Immigration", "Sarawak", "Chonburi", "Trat", "Saigon", "UiTM"],
)
def test_towns_and_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
