"""A club's youth post told with the one age group the sentence names ("coached the club's youth
teams, most notably the under-18s", "worked in the youth department as coach of the U19") is that
age group, not the bare 'youth'. Near misses keep 'youth': two age groups named ("from the
under-16s to the under-18s"), and an age group another club stands nearer to ("the youth sector of
C and the Under 19 of D", "C's youth team and England's under-21s")."""

from __future__ import annotations

from extract_helpers import keys_of

_HIRED = "Southampton have appointed Dan Marlow as head coach. "


def test_youth_teams_most_notably_one_age_group() -> None:
    keys = keys_of(
        _HIRED + "Marlow, 44, spent eight years coaching the club's youth teams, most notably the "
        "under-18s, before joining the first-team staff."
    )
    assert ("Dan Marlow", "Southampton", "u18", "in_charge") in keys
    assert ("Dan Marlow", "Southampton", "youth", "in_charge") not in keys


def test_youth_department_as_coach_of_an_age_group() -> None:
    keys = keys_of(
        "Burnley have sacked Tom Ashby. Assistant Lee Garner will take charge until the end of the season. "
        "Garner had worked in the youth department of Burnley as coach of the U19 before stepping up."
    )
    assert ("Lee Garner", "Burnley", "u19", "in_charge") in keys
    assert ("Lee Garner", "Burnley", "youth", "in_charge") not in keys


def test_two_age_groups_stay_vague() -> None:
    keys = keys_of(
        _HIRED + "Marlow spent a decade coaching the club's youth teams, from the under-16s to the under-18s."
    )
    assert ("Dan Marlow", "Southampton", "youth", "in_charge") in keys


def test_age_group_of_another_club() -> None:
    keys = keys_of(
        _HIRED + "Before that he worked in the youth sector of Brentford and as coach of the Under 19 of "
        "Celta Vigo."
    )
    assert ("Dan Marlow", "Brentford", "youth", "in_charge") in keys
    assert ("Dan Marlow", "Brentford", "u19", "in_charge") not in keys


def test_age_group_of_a_national_side() -> None:
    keys = keys_of(
        _HIRED + "Before that he coached the youth team of Brentford and was an assistant with England's "
        "under-21s."
    )
    assert ("Dan Marlow", "Brentford", "u21", "in_charge") not in keys


def test_age_group_another_post_holds() -> None:
    keys = keys_of(
        "Wales named Dan Marlow. Marlow ran the under-20 side, having worked in the youth categories of "
        "Brentford and Fulham."
    )
    assert ("Dan Marlow", "Brentford", "youth", "in_charge") in keys
    assert ("Dan Marlow", "Brentford", "u20", "in_charge") not in keys
