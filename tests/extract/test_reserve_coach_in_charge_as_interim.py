"""A youth or reserve coach told as having been in charge "as interim" or "on an interim basis" stood
in for the first team: a caretaker spell of the first team beside his own side (rule
was-in-charge-as-interim); without the stand-in's words he was only in charge of his own side."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

SACKING = "Harwick Rovers have sacked manager Tom Ellery. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Club legend Jack Rowe, the reserve team coach, was in charge of the side for two games as interim.",
        "Jack Rowe, the reserve coach, was in charge of three matches as caretaker before the new man came.",
    ],
)
def test_youth_coach_in_charge_as_interim_led_the_first_team(sentence: str) -> None:
    keys = keys_of(SACKING + sentence)
    assert ("Jack Rowe", "Harwick Rovers", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # his own side, no stand-in
        "Jack Rowe, the reserve team coach, was in charge of the reserves for five years.",
        # an executive's interim post
        "Jack Rowe, the club secretary, was in charge as interim president last year.",
    ],
)
def test_no_stand_in_told(sentence: str) -> None:
    keys = keys_of(SACKING + sentence)
    assert ("Jack Rowe", "Harwick Rovers", "first_team", "in_charge") not in keys


def test_titled_before_the_name() -> None:
    keys = keys_of(SACKING + "Under-19 coach Jack Rowe was in charge for two matches as interim.")
    assert ("Jack Rowe", "Harwick Rovers", "first_team", "in_charge") in keys
