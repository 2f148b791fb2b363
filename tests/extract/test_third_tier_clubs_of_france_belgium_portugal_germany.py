"""The third tiers' missing clubs: France's Championnat National, Belgium's Challenger Pro League, Liga
Portugal 2 and Germany's 3. Liga (2021-22 to 2025-26): a club named bare or in full is a club.

Invented sentences; the clubs are real members of those divisions (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Patro Eisden confirmed that coach Jan Peeters had left.",
            "Jan Peeters",
            "Patro Eisden Maasmechelen",
            "left",
        ),
        ("Francs Borains sacked coach Luc Demeyer.", "Luc Demeyer", "Francs Borains", "dismissed"),
        (
            "Länk Vilaverdense parted ways with coach Tiago Barros.",
            "Tiago Barros",
            "Länk FC Vilaverdense",
            "dismissed",
        ),
        (
            "Le Puy Foot have appointed Olivier Mercier as head coach.",
            "Olivier Mercier",
            "Le Puy Foot 43 Auvergne",
            "appointed",
        ),
        ("Versailles and coach Julien Marot have parted ways.", "Julien Marot", "FC Versailles 78", "left"),
    ],
)
def test_a_third_tier_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize(
    ("text", "club", "not_club"),
    [
        (
            "Paris 13 Atletico have appointed Loïc Perrin as head coach.",
            "Paris 13 Atletico",
            "Atlético Madrid",
        ),
        ("VfB Oldenburg confirmed that coach Dirk Heemann had left.", "VfB Oldenburg", "VfB Stuttgart"),
        ("Lierse Kempenzonen have named Tom Vermeulen as their new coach.", "Lierse Kempenzonen", "Lierse"),
    ],
)
def test_a_club_sharing_a_word_with_a_bigger_one_is_its_own(text: str, club: str, not_club: str) -> None:
    clubs = {k[1] for k in keys_of(text)}
    assert club in clubs and not_club not in clubs


@pytest.mark.parametrize(
    # towns, a surname and a short name other clubs wear: never a club on their own
    "word",
    ["Versailles", "Fleury", "Borgo", "Cholet", "Patro", "Deinze", "Havelse"],
)
def test_towns_and_names_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
