"""A club name the reference data does not know, standing where only a team stands, is a club, not a
coach: 'the youth teams of X', 'the U19 team of X', 'the reserve side of X' (an age group or reserve
side is a club's), 'left the club to coach X', 'went on to coach X' (a man coaches a team)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_STORY = "Hajduk Split have appointed Marin Vujic as head coach. "


def _coaches(text: str) -> set[str]:
    return {f["coach"] for f in facts_of(text)}


@pytest.mark.parametrize(
    ("sentence", "club", "squad", "event", "coach"),
    [
        # an age group's or reserve side's club
        (
            "In Portugal he coached the youth teams of Oriental Dragon.",
            "Oriental Dragon",
            "youth",
            "in_charge",
            "",
        ),
        ("He later led the U19 team of Sertanense Kids.", "Sertanense Kids", "u19", "in_charge", ""),
        ("He later led the reserve side of Sertanense Kids.", "Sertanense Kids", "reserve", "in_charge", ""),
        # the team a man leaves to coach
        (
            "His assistant Goran Bulatovic left the club to coach Vrbica Tuzi.",
            "Vrbica Tuzi",
            "first_team",
            "appointed",
            "Goran Bulatovic",
        ),
    ],
)
def test_unknown_club_in_a_team_slot_is_the_club(
    sentence: str, club: str, squad: str, event: str, coach: str
) -> None:
    text = _STORY + sentence
    assert club not in _coaches(text)
    assert (coach or "Marin Vujic", club, squad, event) in keys_of(text)


def test_went_on_to_coach_an_unknown_club_is_no_coach() -> None:
    assert "Lovcen Kotor" not in _coaches(
        _STORY + "Vujic played for Rudar and went on to coach Lovcen Kotor."
    )


def test_assistant_to_coach_a_man_keeps_the_man() -> None:
    # near-miss: "assistant to coach X" is the title before a man, no team coached
    text = _STORY + "Vujic was previously assistant to coach Goran Bulatovic at Rijeka."
    assert "Goran Bulatovic" in _coaches(text)


def test_first_team_of_a_man_keeps_the_man() -> None:
    # near-miss: "the first team of X" (no age group or reserve side) may be a man's team
    text = _STORY + "The first team of Goran Bulatovic was relegated last season."
    assert "Goran Bulatovic" in _coaches(text)
