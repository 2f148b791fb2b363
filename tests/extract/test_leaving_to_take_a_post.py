"""A coach told leaving for a post ahead of the day ("will leave in the summer to become manager of
D"), or taking up a job named by its holder's possessive ("to take up the manager's job at D"), is
appointed at D, as one who "left to become manager of D" is. Not a man who will not leave. Sentences and
names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Walsall named Dan Pike as their new manager on Monday. "


@pytest.mark.parametrize(
    "move",
    [
        "Coach Kerry Mole will leave in the summer to become manager of League Two side Crewe Alexandra.",
        "Assistant Kerry Mole has departed after a season to take up the manager's job at Crewe Alexandra.",
        "Kerry Mole, the goalkeeping coach, is to leave next month to take over at Crewe Alexandra.",
    ],
)
def test_coach_leaving_to_take_a_post_is_appointed_there(move: str) -> None:
    assert ("Kerry Mole", "Crewe Alexandra", "first_team", "appointed") in keys_of(_LEAD + move)


# --- near misses ----------------------------------------------------------------------------------


def test_coach_who_will_not_leave_is_not_appointed() -> None:
    text = _LEAD + "Kerry Mole said he had no wish to talk to Crewe Alexandra about the manager's job."
    assert ("Kerry Mole", "Crewe Alexandra", "first_team", "appointed") not in keys_of(text)


def test_player_leaving_on_loan_is_not_appointed() -> None:
    text = (
        _LEAD
        + "Midfielder Kerry Mole will leave on loan to join Crewe Alexandra until the end of the season."
    )
    assert ("Kerry Mole", "Crewe Alexandra", "first_team", "appointed") not in keys_of(text)
