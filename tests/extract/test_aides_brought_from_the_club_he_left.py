"""Aides a manager brings along, the words telling where they come from ("X will bring his assistant A and
goalkeeping coach B with him from Harwich"): they leave the club he left for this post, as he does. Near
misses: aides he brings with no word of where from (the story may have found them anywhere) and staff he
will work with (he may find them at the club) tell no departure."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = (
    "Oakfield Rovers have appointed Piet Lammers as their new manager on a two-year deal. The 44-year-old "
    "leaves Harwich Town, whose board agreed to release him on Monday. "
)


def test_aides_brought_from_there_leave_his_old_club() -> None:
    keys = keys_of(
        _LEAD
        + "Lammers will bring his assistant Tomas Brandt and goalkeeping coach Ivo Stenner with him from "
        "Harwich."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "Harwich Town", "first_team", "left") in keys
    assert ("Ivo Stenner", "Harwich Town", "first_team", "left") in keys


def test_aides_brought_with_no_word_of_where_from_stay_unread() -> None:
    keys = keys_of(_LEAD + "Lammers will bring his assistant Tomas Brandt and goalkeeping coach Ivo Stenner.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "Harwich Town", "first_team", "left") not in keys


def test_staff_he_will_work_with_tell_no_departure() -> None:
    keys = keys_of(_LEAD + "Lammers will work with assistant Tomas Brandt, who joins from Harwich.")
    assert ("Tomas Brandt", "Harwich Town", "first_team", "left") not in keys
