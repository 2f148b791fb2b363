"""'the team will be conducted by X, coach of the U20s', 'until a successor is named the side will be led
by X': who leads the team is told ahead for a stand-in, appointed caretaker of the senior side of the club in
view; his youth post named beside it stays his. Not the attack led by a player, a captain, or a past spell
('the team was led by X'). Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Racing Club dismissed Tomas Vik on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "While the board looks for a new coach, the team will be conducted by Karel Lind, coach of the U20s.",
        "Until a successor is named, the side will be led by Karel Lind.",
        "For the next two games, the team will be led temporarily by Karel Lind.",
        "In the meantime the squad will be guided by assistant Karel Lind.",
    ],
)
def test_team_led_ahead_is_a_stand_ins_appointment(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-25")
    lind = {(f["club"], f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Karel Lind"}
    assert ("Racing Club", "first_team", "caretaker", "appointed") in lind
    assert not any(event == "left" for *_, event in lind)


def test_youth_post_beside_it_stays_his() -> None:
    sentence = "The team will be conducted by Karel Lind, coach of the U20s, who will direct Sunday's match."
    facts = facts_of(_NEWS + sentence, "2024-06-25")
    lind = {(f["squad"], f["event"]) for f in facts if f["coach"] == "Karel Lind"}
    assert ("u20", "in_charge") in lind


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack will be led by Karel Lind.",
        "The team will be led by captain Karel Lind.",
        "The team will be led by Karel Lind's goals.",
    ],
)
def test_not_a_coach_leading_the_team(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-25")
    assert not any(f["coach"] == "Karel Lind" and f["event"] == "appointed" for f in facts)
