"""An aide's past move with his boss, told as background: "X, who followed him from A to B and C",
"…, following him from A to B". The boss coached the club left and each club moved to; the aide held a
post at the clubs he moved to with him. A move told now ("follows him from A to B") or with no club
moved to stays unread here (sentences and names of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_LEAD = "Burnley hired Tomas Rydell as manager on Friday. "


@pytest.mark.parametrize(
    ("text", "boss_clubs", "aide_clubs"),
    [
        (
            _LEAD
            + "Rydell brings his long-time assistant Oskar Brenn, who followed him from Rotherham United "
            "to Hull City and Wigan Athletic.",
            {"Rotherham United", "Hull City", "Wigan Athletic"},
            {"Hull City", "Wigan Athletic"},
        ),
        (
            _LEAD + "His assistant Oskar Brenn spent nine years on the staff of Rydell, following him from "
            "Rotherham United to Hull City.",
            {"Rotherham United", "Hull City"},
            set(),
        ),
    ],
)
def test_boss_spells_from_an_aide_who_followed_him(
    text: str, boss_clubs: set[str], aide_clubs: set[str]
) -> None:
    assert boss_clubs <= spells_of(text, "Tomas Rydell")
    assert aide_clubs <= spells_of(text, "Oskar Brenn")


@pytest.mark.parametrize(
    "text",
    [
        # a move told now: the aide joins with him, no past spell of the boss at the club left
        _LEAD + "His assistant Oskar Brenn follows him from Rotherham United to Burnley.",
        # no club moved to: the club left alone is read by the rules of an aide's departure
        _LEAD + "His assistant Oskar Brenn followed him from Rotherham United.",
    ],
)
def test_no_spell_from_a_move_now_or_without_a_club_moved_to(text: str) -> None:
    assert "Rotherham United" not in spells_of(text, "Tomas Rydell")
