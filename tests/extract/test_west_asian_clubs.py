"""The top divisions of Kuwait, Bahrain, Oman, Jordan, Lebanon, Syria, Palestine and Yemen and the
missing clubs of Iraq's (2022-2025): a club named bare or in full is a club, and a name several
countries' clubs share ("Al-Ahli", "Al-Wahda") is the one the story names in full.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        ("Al-Wehdat confirmed that coach Khaled Nasser had left.", "Khaled Nasser", "Al-Wehdat SC", "left"),
        ("Al-Ahed confirmed that coach Karim Haddad had left.", "Karim Haddad", "Al-Ahed FC", "left"),
        (
            "Hilal Al-Quds have appointed Samir Odeh as head coach.",
            "Samir Odeh",
            "Hilal Al-Quds Club",
            "appointed",
        ),
        ("Kuwait SC have appointed Fahad Salem as head coach.", "Fahad Salem", "Kuwait SC", "appointed"),
        (
            "Al-Ahli Amman sacked coach Khaled Nasser. Al-Ahli later named Samir Odeh as his successor.",
            "Samir Odeh",
            "Al-Ahli SC (Amman)",
            "appointed",
        ),
    ],
)
def test_a_league_club_is_read(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_a_shared_name_alone_stays_the_better_known_club() -> None:
    assert ("Khaled Nasser", "Al-Ahli", "first_team", "dismissed") in keys_of(
        "Al-Ahli sacked coach Khaled Nasser."
    )


@pytest.mark.parametrize(
    # towns, a broadcaster and names several countries' clubs share: never a club on their own
    "word",
    ["Manama", "Dhofar", "Karbala", "Najaf", "Al-Jazeera", "Tadamon", "Al-Nasr", "Zgharta", "Sahab"],
)
def test_towns_and_shared_names_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
