"""A youth or reserve coach moved up to the senior staff, told in translated wordings: "ascends to the staff
as second adjunct", "joins the first team staff as assistant", "was assigned to the first-team staff",
"integrates the professional staff" (the name set off by commas after his old title). Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Gil Vicente presented Tiago Sá as their new head coach on Monday. "
_UP = ("Rui Lobo", "Gil Vicente", "first_team", "appointed")


@pytest.mark.parametrize(
    "step_up",
    [
        "The under-23 trainer of Gil Vicente, Rui Lobo, ascends to the staff as second adjunct.",
        "Former Gil Vicente U-19 coach Rui Lobo joins the first team staff as assistant.",
        "The youth team coach Rui Lobo was assigned to the first-team staff.",
        "The trainer of the reserve, Rui Lobo, integrates the professional staff as video adjunct.",
        "Rui Lobo, until now in charge of the under-19s, moves up to the senior staff.",
    ],
)
def test_youth_coach_joins_the_senior_staff(step_up: str) -> None:
    assert _UP in keys_of(_LEAD + step_up)


def test_assigned_to_another_task_is_no_staff_post() -> None:
    # near-miss: "assigned to" something other than a staff
    text = _LEAD + "The youth team coach Rui Lobo was assigned to the scouting of young players."
    assert _UP not in keys_of(text)


def test_a_player_promoted_to_the_first_team_is_no_aide() -> None:
    text = _LEAD + "The under-19 striker Rui Lobo was promoted to the first team squad."
    assert _UP not in keys_of(text)
