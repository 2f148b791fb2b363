"""A side's title written with a hyphen ('reserve-team coach X', 'youth-team coach Y', 'second-team boss Z')
names that side like 'reserve coach X' does; and a youth or reserve coach moved onto the first-team staff
or put in charge of the first team takes that post at the first team."""

from __future__ import annotations

from extract_helpers import keys_of


def test_reserve_team_coach_assisting_the_new_boss():
    text = (
        "Aston Villa have appointed Tom Hale as head coach. "
        "Hale will be supported by reserve-team coach Dan Pryce, who keeps his own side as well."
    )
    keys = keys_of(text)
    assert ("Dan Pryce", "Aston Villa", "first_team", "appointed") in keys
    assert ("Dan Pryce", "Aston Villa", "reserve", "in_charge") in keys


def test_hyphened_title_takes_no_club_named_earlier_in_the_sentence():
    text = (
        "Aston Villa have appointed Tom Hale as head coach. "
        "His old number two went with him to Chelsea, so Hale leans on youth-team coach Al Yates."
    )
    keys = keys_of(text)
    assert ("Al Yates", "Aston Villa", "youth", "in_charge") in keys
    assert not any(k[0] == "Al Yates" and k[1] == "Chelsea" for k in keys)


def test_second_team_title_is_the_reserve():
    text = "Aston Villa have appointed Tom Hale as head coach. Second-team boss Ivo Lund also stays."
    assert ("Ivo Lund", "Aston Villa", "reserve", "in_charge") in keys_of(text)


def test_youth_coach_added_to_the_first_team_staff():
    text = (
        "Everton have named Pete Rourke as manager. "
        "Under-21 coach Ian Rudd has been added to the first-team staff for the run-in."
    )
    keys = keys_of(text)
    assert ("Ian Rudd", "Everton", "first_team", "appointed") in keys
    assert ("Ian Rudd", "Everton", "u21", "in_charge") in keys


def test_added_to_a_youth_sides_staff_is_no_first_team_post():
    """Near miss: the staff he joins is the under-21s', not the first team's."""
    text = (
        "Everton have named Pete Rourke as manager. "
        "Fitness coach Joel Amsel has been added to the U21 staff for the run-in."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Joel Amsel" and k[3] == "appointed" and k[2] == "first_team" for k in keys)


def test_put_in_charge_of_its_first_team():
    text = "Everton put reserve-team coach Sam Ortiz in charge of its first team after sacking Pete Rourke."
    keys = keys_of(text)
    assert ("Sam Ortiz", "Everton", "first_team", "appointed") in keys
    assert not any(k[0] == "Sam Ortiz" and k[2] == "reserve" and k[3] == "appointed" for k in keys)


def test_plain_reserve_coach_put_in_charge_of_the_first_team():
    """Near miss: no hyphen in the title; the side he is put in charge of still decides."""
    text = "Everton put reserve coach Sam Ortiz in charge of the first team after sacking Pete Rourke."
    keys = keys_of(text)
    assert ("Sam Ortiz", "Everton", "first_team", "appointed") in keys
    assert ("Sam Ortiz", "Everton", "reserve", "in_charge") in keys


def test_club_promoting_a_youth_coach_sacks_its_senior_boss():
    text = "Leeds United have promoted under-21 coach Tom Ash after sacking Ben Cole on Sunday."
    keys = keys_of(text)
    assert ("Ben Cole", "Leeds United", "first_team", "dismissed") in keys
    assert ("Tom Ash", "Leeds United", "first_team", "appointed") in keys
    assert ("Tom Ash", "Leeds United", "u21", "in_charge") in keys
    assert not any(k[0] == "Ben Cole" and k[2] == "u21" for k in keys)


def test_club_sacking_its_womens_league_manager_stays_the_womens_side():
    """Near miss: a women's title after the club's verb is the women's side's, which the club acts for."""
    text = "Everton have dismissed Women's Super League manager Ruth Kemp after a run of six defeats."
    assert ("Ruth Kemp", "Everton", "women", "dismissed") in keys_of(text)
