"""The top divisions of Tajikistan, Kyrgyzstan, Turkmenistan, Taiwan, Bangladesh, Nepal and the
Maldives and the missing clubs of the Kazakh, Uzbek and Hong Kong top divisions (2022-2025): a club
named bare or in full is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        ("Istiklol confirmed that coach Farhod Nazarov had left.", "Farhod Nazarov", "FC Istiklol", "left"),
        (
            "Altyn Asyr have named Merdan Ovezov as their new coach.",
            "Merdan Ovezov",
            "FC Altyn Asyr",
            "appointed",
        ),
        (
            "Bashundhara Kings confirmed that coach Kamal Hossain had left.",
            "Kamal Hossain",
            "Bashundhara Kings",
            "left",
        ),
        (
            "Machhindra confirmed that coach Bikash Shrestha had left.",
            "Bikash Shrestha",
            "Machhindra FC",
            "left",
        ),
        (
            "Taichung Futuro have appointed Chen Wei-lun as head coach.",
            "Chen Wei-lun",
            "Taichung Futuro FC",
            "appointed",
        ),
        (
            "Akzhayik confirmed that coach Yerlan Suleimenov had left.",
            "Yerlan Suleimenov",
            "FC Akzhayik",
            "left",
        ),
    ],
)
def test_a_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize(
    # towns, regions, given names and ordinary words: never a club on their own
    "word",
    ["Khujand", "Ravshan", "Turan", "Atyrau", "Taraz", "Bukhara", "Abahani", "Pegasus", "South China"],
)
def test_towns_names_and_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
