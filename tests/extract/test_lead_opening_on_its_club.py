"""A lead that opens on a club as its subject, names no other club and names a man, tells that club's news:
'Oakfield Rovers returns to the second division and its trainer is X', 'Oakfield Rovers officially presented X
as their new coach'. The story's club is that one, even when the career lines after it name the man's former
club more often, so a later sentence naming no club (staff kept on) is about it. Near misses: a club that only
describes a player at the head of the lead, and a lead naming two clubs, make no story's club of it."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_CAREER = (
    "Lammers coached Harwich Town for three seasons before that. He won the regional cup with Harwich "
    "Town in 2019. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Oakfield Rovers returns to the second division after 20 years and its trainer is Piet Lammers. "
        + _CAREER
        + "The assistant Tomas Brandt stays in the staff.",
        "Oakfield Rovers officially presented Piet Lammers as their new coach on Tuesday. Lammers had been "
        "in charge of Harwich Town since 2019, and he won the regional cup with Harwich Town in 2021. The "
        "goalkeeping coach Tomas Brandt continues.",
    ],
)
def test_staff_kept_on_at_the_club_the_lead_opens_on(text: str) -> None:
    spells = spells_of(text, "Tomas Brandt")
    assert "Oakfield Rovers" in spells
    assert "Harwich Town" not in spells


@pytest.mark.parametrize(
    "text",
    [
        # the club only says who the player is
        "Oakfield Rovers midfielder Jan Vos praised Piet Lammers on Monday. "
        + _CAREER
        + "The assistant Tomas Brandt stays in the staff.",
        # two clubs in the lead: a match, whose side is not told by its opening
        "Oakfield Rovers beat Dunmore Athletic 2-0 with Piet Lammers in the stands. "
        + _CAREER
        + "The assistant Tomas Brandt stays in the staff.",
    ],
)
def test_no_story_club_from_a_describing_club_or_a_match(text: str) -> None:
    assert "Oakfield Rovers" not in spells_of(text, "Tomas Brandt")
