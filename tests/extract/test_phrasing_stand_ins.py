"""Assistants, backroom staff and stand-ins as news tells them: 'Y's assistant at C, X, …' (Y coaches C, X
is on his staff there), 'X was an assistant / first-team coach at C under Y', 'X has joined the staff of
C', 'followed him from A to B', 'X, coach of the club's under-19 team, …' — and nothing for players who
'played under' a coach, nor a staff move read at the club the aide came from."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "boss", "aide", "club"),
    [
        (
            "Freiburg's new coach is Julian Schuster. Christian Streich's assistant at Freiburg, Patrick "
            "Baier, stays on the staff.",
            "Christian Streich",
            "Patrick Baier",
            "SC Freiburg",
        ),
        (
            "Thomas Frank's former number two at Brentford, Brian Riemer, was unveiled by Anderlecht on "
            "Friday.",
            "Thomas Frank",
            "Brian Riemer",
            "Brentford",
        ),
        (
            "Erik ten Hag's assistant with Ajax, Alfred Schreuder, later coached Club Brugge.",
            "Erik ten Hag",
            "Alfred Schreuder",
            "Ajax",
        ),
    ],
)
def test_bosss_aide_at_club_named_in_commas(text, boss, aide, club):
    keys = keys_of(text)
    assert (boss, club, "first_team", "in_charge") in keys
    assert (aide, club, "first_team", "in_charge") in keys


def test_bosss_spell_from_his_aide_not_restated_beside_his_move():
    """'X, Y's number two at C, has also left the club': Y's move there is told already."""
    text = (
        "Wayne Rooney was appointed Plymouth Argyle manager in May. Mike Phelan, Rooney's number two at "
        "Plymouth, has also left the club."
    )
    assert ("Wayne Rooney", "Plymouth Argyle", "first_team", "in_charge") not in keys_of(text)


@pytest.mark.parametrize(
    ("text", "aide", "club"),
    [
        (
            "Southampton have named Simon Rusk as interim manager. Rusk was an assistant at Brighton under "
            "Graham Potter.",
            "Simon Rusk",
            "Brighton & Hove Albion",
        ),
        (
            "Leicester City hired Ruud van Nistelrooy. He was most recently first-team coach at Manchester "
            "United under Erik ten Hag.",
            "Ruud van Nistelrooy",
            "Manchester United",
        ),
        (
            "Hull City confirmed Tim Walter's arrival. His aide Paul Reid had previously been assistant "
            "coach at Hamburger SV under Walter.",
            "Paul Reid",
            "Hamburger SV",
        ),
    ],
)
def test_staff_post_at_club_under_boss(text, aide, club):
    assert (aide, club, "first_team", "in_charge") in keys_of(text)


def test_player_who_played_under_is_no_aide():
    text = "Kalvin Phillips was a midfielder at Leeds United under Marcelo Bielsa."
    assert not any(k[0] == "Kalvin Phillips" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "aide", "new_club", "old_club"),
    [
        (
            "Jesse Marsch's assistant at Leeds United, Cameron Toshack, has joined the staff of Swansea "
            "City.",
            "Cameron Toshack",
            "Swansea City",
            "Leeds United",
        ),
        (
            "Former Celtic coach Gavin Strachan joined the coaching staff at Dundee on Tuesday.",
            "Gavin Strachan",
            "Dundee",
            "Celtic",
        ),
    ],
)
def test_joined_staff_of_named_club(text, aide, new_club, old_club):
    keys = keys_of(text)
    assert (aide, new_club, "first_team", "appointed") in keys
    assert (aide, old_club, "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    ("text", "aide", "new_club", "old_club"),
    [
        (
            "Rúben Amorim's assistant Carlos Fernandes followed him from Sporting CP to Manchester United.",
            "Carlos Fernandes",
            "Manchester United",
            "Sporting CP",
        ),
        (
            "Goalkeeping coach Rui Barbosa will follow Nuno from Al-Ittihad to Nottingham Forest.",
            "Rui Barbosa",
            "Nottingham Forest",
            "Al-Ittihad",
        ),
    ],
)
def test_followed_him_from_one_club_to_another(text, aide, new_club, old_club):
    keys = keys_of(text)
    assert (aide, new_club, "first_team", "appointed") in keys
    assert (aide, old_club, "first_team", "left") in keys
    assert (aide, old_club, "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Rui Cardoso, coach of the club's under-19 team, is to take charge of Benfica on an interim "
            "basis for Sunday's game.",
            "Rui Cardoso",
            "Benfica",
            "u19",
        ),
        (
            "Bayern Munich have turned to Michael Wimmer, coach of the club's reserve side, as interim boss.",
            "Michael Wimmer",
            "Bayern Munich",
            "reserve",
        ),
    ],
)
def test_coach_of_the_clubs_youth_side(text, coach, club, squad):
    keys = keys_of(text)
    assert (coach, club, squad, "in_charge") in keys


def _facts_of(text: str, coach: str, event: str) -> list[dict]:
    return [f for f in facts_of(text) if f["coach"] == coach and f["event"] == event]


@pytest.mark.parametrize(
    ("text", "coach", "event"),
    [
        (
            "Vincent Kompany has been appointed Burnley manager and brings his trusted assistant Craig "
            "Bellamy along.",
            "Vincent Kompany",
            "appointed",
        ),
        (
            "Mikel Arteta has signed a new deal with Arsenal. His assistant Albert Stuivenberg has also "
            "extended his contract.",
            "Albert Stuivenberg",
            "extended",
        ),
    ],
)
def test_one_change_read_once_whatever_titles_follow(text, coach, event):
    assert len(_facts_of(text, coach, event)) == 1


@pytest.mark.parametrize(
    ("text", "aide", "new_club", "old_club"),
    [
        (
            "Kevin Muscat has hired former Yokohama F. Marinos assistant Peter Cklamovski as his number two "
            "at Shanghai Port.",
            "Peter Cklamovski",
            "Shanghai Port",
            "Yokohama F. Marinos",
        ),
        (
            "Steve Cooper appointed ex-Swansea City coach Alan Tate as his assistant at Leicester City.",
            "Alan Tate",
            "Leicester City",
            "Swansea City",
        ),
    ],
)
def test_hired_former_aide_as_title_at_new_club(text, aide, new_club, old_club):
    keys = keys_of(text)
    assert (aide, new_club, "first_team", "appointed") in keys
    assert (aide, old_club, "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    ("text", "aide", "boss", "club"),
    [
        (
            "Celtic have confirmed that John Kennedy will remain as Brendan Rodgers' assistant.",
            "John Kennedy",
            "Brendan Rodgers",
            "Celtic",
        ),
        (
            "Ajax said Hedwiges Maduro stays on as assistant to Francesco Farioli.",
            "Hedwiges Maduro",
            "Francesco Farioli",
            "Ajax",
        ),
    ],
)
def test_aide_kept_on_and_his_boss(text, aide, boss, club):
    keys = keys_of(text)
    assert (aide, club, "first_team", "in_charge") in keys
    assert (boss, club, "first_team", "in_charge") in keys


def test_aide_kept_on_beside_the_new_boss_appointment_adds_no_spell():
    text = (
        "Gary Holt has been appointed manager of Inverness Caledonian Thistle. First-team coach Ross "
        "Tait will stay on as Holt's assistant."
    )
    keys = keys_of(text)
    assert ("Gary Holt", "Inverness Caledonian Thistle", "first_team", "appointed") in keys
    assert ("Gary Holt", "Inverness Caledonian Thistle", "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Assistant manager Jason Euell stepped in as caretaker manager at Charlton Athletic.",
            "Jason Euell",
            "Charlton Athletic",
        ),
        (
            "Everton sacked Sean Dyche on Thursday. Leighton Baines steps in as interim head coach.",
            "Leighton Baines",
            "Everton",
        ),
    ],
)
def test_stepped_in_as_caretaker(text, coach, club):
    assert (coach, club, "first_team", "appointed") in keys_of(text)


def test_player_stepping_in_as_captain_is_no_coach():
    assert not keys_of("Leicester City striker Jamie Vardy stepped in as captain.")


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "West Ham United caretaker Kevin Nolan will return to his role as first-team coach once the new "
            "manager is appointed.",
            "Kevin Nolan",
            "West Ham United",
        ),
        (
            "Ajax's interim coach John van 't Schip will go back to his advisory role in the summer.",
            "John van 't Schip",
            "Ajax",
        ),
    ],
)
def test_caretaker_returning_to_his_old_role_leaves_the_post(text, coach, club):
    keys = keys_of(text)
    assert (coach, club, "first_team", "left") in keys
    assert (coach, club, "first_team", "appointed") not in keys  # "the new manager" is someone else


def test_player_returning_to_his_role_is_no_caretaker():
    assert not keys_of("Arsenal captain Martin Ødegaard will return to his role in midfield on Saturday.")


@pytest.mark.parametrize(
    ("text", "aide", "club"),
    [
        (
            "Brighton have added Andrea Maldera to Roberto De Zerbi's coaching staff.",
            "Andrea Maldera",
            "Brighton & Hove Albion",
        ),
        (
            "Former Chelsea defender John Terry has been added to the backroom team at Aston Villa.",
            "John Terry",
            "Aston Villa",
        ),
        (
            "Jorge Jesus's staff at Al-Hilal includes assistant João de Deus and fitness coach Mário "
            "Monteiro.",
            "João de Deus",
            "Al-Hilal",
        ),
    ],
)
def test_put_on_the_staff(text, aide, club):
    assert (aide, club, "first_team", "appointed") in keys_of(text)


def test_player_added_to_the_squad_is_no_aide():
    assert not keys_of("Arsenal have added striker Gabriel Jesus to their squad for the trip.")
