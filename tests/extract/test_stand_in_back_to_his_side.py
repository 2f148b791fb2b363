"""A man told going back to a youth or reserve side in a relative after the new man replaces him ('He takes
over from X, who returns to the under-19s'), or going back to his role in the academy, holds that side's
post: his spell there, beside his leaving the first team. A women's side or another club named there is
no side of his to go back to, and a role in the first team is no youth post."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEW_MAN = "Harwell Town have named Sandro Velic as their head coach on a deal to 2027. "
_CLUB = "Harwell Town"


def _sides_held(text: str, coach: str) -> set[str]:
    return {
        squad
        for who, club, squad, event in keys_of(text)
        if (who, club, event) == (coach, _CLUB, "in_charge")
    }


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Velic takes over from Ilja Borsk, who returns to the under-19s.", "u19"),
        ("The Croat replaces Ilja Borsk, who goes back to the reserve side.", "reserve"),
        (
            "Academy coach Ilja Borsk, who stood in for a pair of league fixtures, returns to his role "
            "in the academy.",
            "youth",
        ),
    ],
)
def test_man_going_back_holds_that_side(sentence, side):
    assert side in _sides_held(_NEW_MAN + sentence, "Ilja Borsk")


def test_his_leaving_the_first_team_stays():
    keys = keys_of(_NEW_MAN + "Velic takes over from Ilja Borsk, who returns to the under-19s.")
    assert ("Ilja Borsk", _CLUB, "first_team", "left") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # a women's side is no post of his to go back to in a story of the men
        "Velic takes over from Ilja Borsk, who returns to the women's team.",
        # the first team named: no youth post
        "Ilja Borsk returns to his role in the first team.",
    ],
)
def test_no_youth_side_held(sentence):
    held = _sides_held(_NEW_MAN + sentence, "Ilja Borsk")
    assert not held - {"first_team"}
