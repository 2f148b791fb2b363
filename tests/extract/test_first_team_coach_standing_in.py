"""A first-team coach standing in ("First-team coach X will take charge on an interim basis", "C have put
first-team coach X in temporary charge"): a man standing in is not the head coach, so his title is an aide's
post on the senior staff (in_charge as assistant_coach), beside his caretaker spell. Not a youth side's coach
standing in (he keeps his youth post), nor a first-team coach's title in a sentence telling no stand-in."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _posts(text: str, coach: str) -> set[tuple[str, str, str]]:
    """The coach's in_charge posts read from the text, as (squad, role, club)."""
    return {
        (f["squad"], f["role"], f["club"])
        for f in facts_of(text)
        if f["coach"] == coach and f["event"] == "in_charge"
    }


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        pytest.param(
            "Luton Town have sacked Tom Baxter. First-team coach Neil Carver will take charge on an interim "
            "basis, beginning with Saturday's game at Hull.",
            "Neil Carver",
            "Luton Town",
            id="first_team_coach_takes_charge_on_an_interim_basis",
        ),
        pytest.param(
            "Hibernian have parted company with Paul Dunn and put first-team coach Gary Moss in temporary "
            "charge.",
            "Gary Moss",
            "Hibernian",
            id="club_puts_first_team_coach_in_temporary_charge",
        ),
    ],
)
def test_first_team_coach_standing_in_is_a_first_team_aide(text: str, coach: str, club: str) -> None:
    assert ("first_team", "assistant_coach", club) in _posts(text, coach)


@pytest.mark.parametrize(
    "text",
    [
        # an under-21s coach standing in keeps his youth post, not a first-team staff post
        pytest.param(
            "Luton Town have sacked Tom Baxter. Under-21s coach Neil Carver will take charge on an interim "
            "basis, beginning with Saturday's game at Hull.",
            id="youth_coach_standing_in_is_no_aide",
        ),
        # no stand-in told, so nothing here reads the title as an aide's
        pytest.param(
            "Luton Town lost 2-0 at home. First-team coach Neil Carver said the players were tired.",
            id="first_team_coach_title_without_a_stand_in_is_left_alone",
        ),
    ],
)
def test_near_misses_read_no_aide(text: str) -> None:
    assert not any(role == "assistant_coach" for _, role, _ in _posts(text, "Neil Carver"))
