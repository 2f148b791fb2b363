"""Aides told leaving along with their boss ("Assistant coaches A and B leave together with him"): the
"him" after the aides' going with someone is never one of them, but the man named before them or the one
in focus, so they leave the club he leaves, not a club the story named since (the one he is expected to
join). Near misses: the boss leaving along with his aide ("X leaves along with his assistant A": "his" is
the subject's) and an aide whose own words name the club he leaves keep their reading."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = (
    "Oakfield Rovers and manager Piet Lammers have parted ways by mutual consent, the club announced on "
    "Tuesday. Lammers is expected to sign with Harwich Town, who sacked Joost Verbeek last week. "
)


def test_aides_leaving_together_with_him_leave_his_old_club() -> None:
    keys = keys_of(_LEAD + "Assistant coaches Tomas Brandt and Ivo Stenner leave together with him.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "left") in keys
    assert ("Ivo Stenner", "Oakfield Rovers", "first_team", "left") in keys
    assert ("Tomas Brandt", "Harwich Town", "first_team", "left") not in keys


def test_aide_leaving_with_the_boss_named() -> None:
    keys = keys_of(_LEAD + "Goalkeeping coach Tomas Brandt also leaves with Lammers.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "left") in keys


def test_aide_naming_the_club_he_leaves_keeps_it() -> None:
    keys = keys_of(_LEAD + "Goalkeeping coach Tomas Brandt leaves Harwich Town together with him.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "left") not in keys


def test_boss_leaving_along_with_his_aide() -> None:
    text = (
        "Oakfield Rovers have sacked Piet Lammers after two years in charge. Lammers, a former Harwich Town "
        "boss, leaves along with his assistant Tomas Brandt."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "left") in keys
    assert ("Tomas Brandt", "Harwich Town", "first_team", "left") not in keys
