"""A first-team coach standing in ("First-team coach X will take charge on an interim basis", "C have put
first-team coach X in temporary charge"): a man standing in is not the head coach, so his title is an aide's
post on the senior staff (in_charge as assistant_coach), beside his caretaker spell. Not a youth side's coach
standing in (he keeps his youth post), nor a first-team coach's title in a sentence telling no stand-in."""

from __future__ import annotations

from extract_helpers import facts_of


def _posts(text: str, coach: str) -> set[tuple[str, str, str]]:
    """The coach's in_charge posts read from the text, as (squad, role, club)."""
    return {
        (f["squad"], f["role"], f["club"])
        for f in facts_of(text)
        if f["coach"] == coach and f["event"] == "in_charge"
    }


def test_first_team_coach_takes_charge_on_an_interim_basis():
    text = (
        "Luton Town have sacked Tom Baxter. First-team coach Neil Carver will take charge on an interim "
        "basis, starting with Saturday's trip to Hull."
    )
    assert ("first_team", "assistant_coach", "Luton Town") in _posts(text, "Neil Carver")


def test_club_puts_first_team_coach_in_temporary_charge():
    text = (
        "Hibernian have parted company with Paul Dunn and put first-team coach Gary Moss in temporary charge."
    )
    assert ("first_team", "assistant_coach", "Hibernian") in _posts(text, "Gary Moss")


def test_youth_coach_standing_in_is_no_aide():
    """Near miss: an under-21s coach standing in keeps his youth post, not a first-team staff post."""
    text = (
        "Luton Town have sacked Tom Baxter. Under-21s coach Neil Carver will take charge on an interim "
        "basis, starting with Saturday's trip to Hull."
    )
    assert not any(role == "assistant_coach" for _, role, _ in _posts(text, "Neil Carver"))


def test_first_team_coach_title_without_a_stand_in_is_left_alone():
    """Near miss: no stand-in told, so nothing here reads the title as an aide's."""
    text = "Luton Town lost 2-0 at home. First-team coach Neil Carver said the players were tired."
    assert not any(role == "assistant_coach" for _, role, _ in _posts(text, "Neil Carver"))
