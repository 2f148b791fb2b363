"""Assistants, backroom staff and stand-ins as news tells them: 'Y's assistant at C, X, …' (Y coaches C, X
is on his staff there), 'X was an assistant / first-team coach at C under Y', 'X has joined the staff of
C', 'followed him from A to B', 'X, coach of the club's under-19 team, …' — and nothing for players who
'played under' a coach, nor a staff move read at the club the aide came from."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


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
    """'Mike Phelan, Rooney's number two at Plymouth, also left': Rooney's move there is told already."""
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
            "Luis Pimenta, coach of the club's under-19 team, will take charge of Benfica on an interim "
            "basis for Saturday's game.",
            "Luis Pimenta",
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
