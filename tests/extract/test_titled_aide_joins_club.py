"""'Goalkeeper coach X is joining C', 'Assistant X has moved to C': a backroom man named by his title moves
to the club named, his appointment there. A player named by his position, or a man joining a club's staff
(read by the staff rules), is not this. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Hull City have sacked manager Tom Baker. "


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Goalkeeper coach Dan Reyes is joining Walsall.", "goalkeeping_coach"),
        ("Goalkeeping coach Dan Reyes joins Walsall.", "goalkeeping_coach"),
        ("Assistant Dan Reyes has moved to Walsall.", "assistant_coach"),
        ("Fitness coach Dan Reyes will also join Walsall.", "fitness_coach"),
    ],
)
def test_titled_aide_joining_a_club_is_appointed_there(sentence: str, role: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-02")
    moves = {(f["club"], f["role"], f["event"]) for f in facts if f["coach"] == "Dan Reyes"}
    assert ("Walsall", role, "appointed") in moves


@pytest.mark.parametrize(
    "sentence",
    [
        "Striker Dan Reyes joins Walsall.",  # a player's position
        "Goalkeeping coach Dan Reyes joined the club from Walsall.",  # no club after the verb
    ],
)
def test_no_appointment_at_the_club_without_a_staff_title_joining_it(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-02")
    assert not any(f["club"] == "Walsall" and f["event"] == "appointed" for f in facts)
