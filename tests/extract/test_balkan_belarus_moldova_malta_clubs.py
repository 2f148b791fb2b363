"""The top divisions of Belarus, Moldova, Albania, Kosovo, North Macedonia, Montenegro and Malta
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
        ("Ballkani confirmed that coach Besim Hoxha had left.", "Besim Hoxha", "FC Ballkani", "left"),
        (
            "Hamrun Spartans have appointed Karl Zammit as head coach.",
            "Karl Zammit",
            "Ħamrun Spartans",
            "appointed",
        ),
        (
            "Petrocub confirmed that coach Vasile Ciobanu had left.",
            "Vasile Ciobanu",
            "Petrocub Hîncești",
            "left",
        ),
        (
            "Rabotnički confirmed that coach Dimce Stojanov had left.",
            "Dimce Stojanov",
            "FK Rabotnički",
            "left",
        ),
        ("Valletta and coach Karl Zammit have parted ways.", "Karl Zammit", "Valletta FC", "left"),
        (
            "Budućnost parted ways with coach Lazar Đukić.",
            "Lazar Đukić",
            "FK Budućnost Podgorica",
            "dismissed",
        ),
    ],
)
def test_a_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize(
    # towns, a given name, a river and ordinary words: never a club on their own
    "word",
    ["Tirana", "Drita", "Vardar", "Valletta", "Floriana", "Mladost", "Jezero", "Sirens", "Neman"],
)
def test_towns_names_and_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
