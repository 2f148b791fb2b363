"""Squads and roles beyond the men's first team, as English, American, Asian and African outlets write
them: specialists who coach no squad (set-piece coaches, analysts, technical advisers → other_staff),
"first-team coach" (an aide in English usage), a squad told in the title an appointment gives
("confirmed X as their new under-18s coach"), and a stand-in made permanent ("removing the interim tag")."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _roles(text: str) -> set[tuple[str, str, str, str, str]]:
    """(coach, club, squad, role, event) of every fact."""
    return {(f["coach"], f["club"], f["squad"], f["role"], f["event"]) for f in facts_of(text)}


# --- specialists: set-piece coaches, analysts, technical advisers -------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Brentford have appointed Bernardo Cueva as their set-piece coach.", "Bernardo Cueva", "Brentford"),
        ("Liverpool named Aaron Briggs as their new set piece coach on Monday.", "Aaron Briggs", "Liverpool"),
        ("Aston Villa hired Austin MacPhee as set-piece coach this week.", "Austin MacPhee", "Aston Villa"),
    ],
)
def test_set_piece_coach_appointed_is_other_staff(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "other_staff", "appointed") in _roles(text)


def test_set_piece_coach_title_before_name_is_other_staff() -> None:
    roles = _roles("Arsenal set-piece coach Nicolas Jover has signed a new contract with the club.")
    assert ("Nicolas Jover", "Arsenal", "first_team", "other_staff", "extended") in roles
    assert not {r for r in roles if r[0] == "Nicolas Jover" and r[3] == "head_coach"}


@pytest.mark.parametrize(
    ("title", "coach", "club"),
    [
        ("set-piece coach", "Keith Andrews", "Brentford"),
        ("assistant coach", "Mark Hudson", "Cardiff City"),
        ("goalkeeping coach", "Tony Roberts", "Millwall"),
    ],
)
def test_staff_title_before_name_then_promoted_to_head_coach(title: str, coach: str, club: str) -> None:
    roles = _roles(f"{club} have promoted {title} {coach} to head coach.")
    assert (coach, club, "first_team", "head_coach", "appointed") in roles
    assert not {r for r in roles if r[0] == coach and r[4] == "appointed" and r[3] != "head_coach"}


def test_technical_adviser_aside_then_named_head_coach() -> None:
    roles = _roles(
        "Chris Hughton, who had served as technical advisor to the national team, was named Ghana head coach."
    )
    assert ("Chris Hughton", "Ghana", "national", "head_coach", "appointed") in roles


def test_head_of_goalkeeping_is_goalkeeping_coach() -> None:
    roles = _roles("Chelsea's head of goalkeeping Ben Roberts has left the club.")
    assert ("Ben Roberts", "Chelsea", "first_team", "goalkeeping_coach", "left") in roles


# --- "first-team coach": an aide on the senior staff ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Everton's under-21 boss Paul Tait has been promoted to first-team coach.", "Paul Tait", "Everton"),
        (
            "Brighton under-23 manager Andrew Crofts was appointed the club's first-team coach.",
            "Andrew Crofts",
            "Brighton & Hove Albion",
        ),
        ("Celtic have appointed Gavin Strachan as first-team coach.", "Gavin Strachan", "Celtic"),
        ("Bruno Saltor was named first-team coach at Chelsea in September.", "Bruno Saltor", "Chelsea"),
    ],
)
def test_first_team_coach_appointment_is_an_aide(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "assistant_coach", "appointed") in _roles(text)


def test_first_team_manager_stays_head_coach() -> None:
    roles = _roles("Leeds United have appointed Daniel Farke as first-team manager.")
    assert ("Daniel Farke", "Leeds United", "first_team", "head_coach", "appointed") in roles


def test_youth_post_left_for_first_team_coach_keeps_the_youth_spell() -> None:
    roles = _roles("Everton's under-21 boss Paul Tait has been promoted to first-team coach.")
    assert ("Paul Tait", "Everton", "u21", "head_coach", "in_charge") in roles


# --- a squad told in the appointment's title ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Tottenham Hotspur have confirmed Wayne Burnett as their new under-18s coach.",
            "Wayne Burnett",
            "Tottenham Hotspur",
            "u18",
        ),
        (
            "West Ham unveiled Kevin Nolan as their under-21 coach on Friday.",
            "Kevin Nolan",
            "West Ham United",
            "u21",
        ),
        (
            "Wolves announced James Collins as the new Under-23 manager.",
            "James Collins",
            "Wolverhampton Wanderers",
            "u23",
        ),
    ],
)
def test_confirmed_as_squad_coach(text: str, coach: str, club: str, squad: str) -> None:
    keys = {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts_of(text)}
    assert (coach, club, squad, "appointed") in keys
    assert (coach, club, "first_team", "appointed") not in keys


def test_confirmed_as_new_manager_of_a_womens_club_stays_womens() -> None:
    roles = _roles("Arsenal Women have confirmed Renée Slegers as their new manager.")
    assert ("Renée Slegers", "Arsenal", "women", "head_coach", "appointed") in roles


def test_player_confirmed_as_first_team_player_is_no_fact() -> None:
    assert not facts_of("Real Madrid have confirmed Arda Güler as their new first-team player.")


# --- a stand-in made permanent ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Orlando Pride have named Seb Hines head coach, removing the interim tag.",
            "Seb Hines",
            "Orlando Pride",
            "women",
        ),
        (
            "Dundee United named Jim Goodwin as manager, dropping the caretaker label after six games.",
            "Jim Goodwin",
            "Dundee United",
            "first_team",
        ),
    ],
)
def test_interim_tag_removed_is_the_head_coach(text: str, coach: str, club: str, squad: str) -> None:
    assert (coach, club, squad, "head_coach", "appointed") in _roles(text)


def test_interim_appointment_stays_caretaker() -> None:
    roles = _roles("Everton appointed David Unsworth as interim manager on Monday.")
    assert ("David Unsworth", "Everton", "first_team", "caretaker", "appointed") in roles
