"""A move told as "left A for B" with either club named by what it is: "left the promoted club for B", "has
left the club for Portuguese giants B", "leaves for the English B", "left A for the Scottish B": his
appointment at B (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Dundee have appointed Sean Kerr to replace Alan Moffat. "


def _appointed(text: str) -> set[str]:
    return {
        club
        for coach, club, _squad, event in keys_of(text)
        if coach == "Alan Moffat" and event == "appointed"
    }


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Kerr was named four days after Moffat left the promoted club for Aberdeen.", "Aberdeen"),
        ("Moffat has left the club for Portuguese giants Benfica.", "Benfica"),
        ("Kerr replaces Moffat, who leaves for the English Sunderland.", "Sunderland"),
        ("Moffat left Dundee in the summer for the Scottish Aberdeen.", "Aberdeen"),
    ],
)
def test_the_club_he_left_for_is_his_appointment(sentence: str, club: str) -> None:
    assert club in _appointed(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a game of that club, not the club
        "Moffat left the team for Aberdeen's game on Saturday.",
        # no club after "for"
        "Moffat left the club for personal reasons, a week before Aberdeen came calling.",
    ],
)
def test_no_appointment_without_the_club_he_joined(sentence: str) -> None:
    assert "Aberdeen" not in _appointed(_LEAD + sentence)
