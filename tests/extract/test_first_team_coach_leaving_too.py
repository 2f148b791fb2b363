"""'First-team coach X has also left': in English usage the first-team coach is an aide on the senior staff,
and the man who 'also' leaves goes with the boss whose exit the story tells, so his title is no head coach's
spell of its own beside his exit."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Dover Athletic have sacked manager Tom Reid after a poor run. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His assistant Lee Dunn and first-team coach Kevin Marsh have also left the club.",
        "First-team coach Kevin Marsh, who arrived with Reid, has also left the club.",
    ],
)
def test_a_first_team_coach_leaving_too_has_his_exit_only(sentence: str) -> None:
    facts = [f for f in facts_of(_SACKED + sentence) if f["coach"] == "Kevin Marsh"]
    assert [(f["event"], f["role"]) for f in facts] == [("left", "assistant_coach")]


# near-misses: a first-team coach who does not leave keeps the reading of the title, and a head coach who
# "has also left his mark" is still the head coach (not "… will lead the side against Hull" after the sacking:
# a stand-in named for the coming game, appointed caretaker)
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (_SACKED + "First-team coach Kevin Marsh has also praised the players.", "head_coach"),
        ("Dover Athletic head coach Kevin Marsh has also left his mark on the academy.", "head_coach"),
    ],
)
def test_no_aide_without_leaving_beside_the_boss(text: str, role: str) -> None:
    facts = [f for f in facts_of(text) if f["coach"] == "Kevin Marsh" and f["event"] == "in_charge"]
    assert [f["role"] for f in facts] == [role]
