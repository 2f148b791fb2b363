"""'The coach of the U20s, X, will conduct the team on an interim basis': copy translated from Spanish or
Portuguese ('conducir', 'conduzir') says 'conduct' for 'lead'; a stand-in told so is appointed caretaker of
the senior side, his youth post kept. 'Conduct' without any word of a stand-in spell is no appointment.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Racing Club dismissed Tomas Vik on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach of the U20s, Karel Lind, will conduct the team on an interim basis in Sunday's match.",
        "Karel Lind, coach of the reserve team, will conduct the team as interim coach against Banfield.",
        "Karel Lind is to conduct the side on a temporary basis until a new coach arrives.",
    ],
)
def test_youth_coach_conducting_the_team_stands_in(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-25")
    lind = {(f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Karel Lind"}
    assert ("first_team", "caretaker", "appointed") in lind


@pytest.mark.parametrize(
    "sentence",
    [
        "Karel Lind will conduct the team on Saturday.",
        "Karel Lind will conduct a clinic for young coaches next week.",
    ],
)
def test_conduct_without_stand_in_words_is_no_appointment(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-25")
    assert not any(f["coach"] == "Karel Lind" and f["event"] == "appointed" for f in facts)
