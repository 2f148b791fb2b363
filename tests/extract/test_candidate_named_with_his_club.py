"""A candidate the press or a board weighed, named with the club he coaches ("X of C was also discussed",
"C's X and Y have also been mentioned"): he is linked with the post left open, not with his own club, which
he coaches. Near misses: with no post open the same words are no rumour, and a man named alone stays
linked with the open post as before."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers sacked Piet Lammers on Monday after a run of six defeats. "


def test_of_club_discussed() -> None:
    keys = keys_of(_LEAD + "Jan Vos of Harwich Town was discussed but never approached.")
    assert ("Jan Vos", "Oakfield Rovers", "first_team", "linked") in keys
    assert ("Jan Vos", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Jan Vos", "Harwich Town", "first_team", "linked") not in keys


def test_of_club_in_a_list_with_an_aside() -> None:
    sentence = (
        "Tomas Brandt, who left Kingsford United in the summer, and Jan Vos of Harwich Town have also been "
        "mentioned, though Harwich are unlikely to let their manager go."
    )
    keys = keys_of(_LEAD + sentence)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "linked") in keys
    assert ("Jan Vos", "Oakfield Rovers", "first_team", "linked") in keys
    assert ("Jan Vos", "Harwich Town", "first_team", "in_charge") in keys


def test_possessive_club_before_the_name() -> None:
    keys = keys_of(_LEAD + "Harwich Town's Jan Vos and Tomas Brandt have also been mentioned.")
    assert ("Jan Vos", "Oakfield Rovers", "first_team", "linked") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "linked") in keys


def test_no_post_open_no_rumour() -> None:
    text = "Oakfield Rovers beat Harwich Town 2-0. Jan Vos of Harwich Town was discussed afterwards."
    assert not [key for key in keys_of(text) if key[3] == "linked"]


def test_name_alone_still_linked_with_the_open_post() -> None:
    assert ("Jan Vos", "Oakfield Rovers", "first_team", "linked") in keys_of(_LEAD + "Jan Vos was discussed.")
