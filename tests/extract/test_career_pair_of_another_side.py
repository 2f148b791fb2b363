"""A career pair at a club the same sentence names twice, once for its first team and once for another of its
sides: the post read at one side does not hide the spell told at the other ("was Harwich manager after
beginning his coaching career with the Harwich under-23s" is two spells). Near misses: a club named once keeps
one reading, and a post at the same side told twice is still told once."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Kelby United have appointed Piet Lammers as head coach. "


def test_youth_side_beside_the_first_team_post() -> None:
    text = _LEAD + (
        "Lammers, 44, was Harwich Town manager in 2021-22 after beginning his coaching career with the "
        "Harwich Town under-23s."
    )
    keys = keys_of(text)
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "u23", "in_charge") in keys


def test_club_named_once_keeps_one_side() -> None:
    text = _LEAD + "Lammers, 44, began his coaching career with the Harwich Town under-23s."
    keys = keys_of(text)
    assert ("Piet Lammers", "Harwich Town", "u23", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") not in keys


def test_same_side_named_twice_is_one_spell() -> None:
    text = _LEAD + "Lammers was Harwich Town manager in 2021-22 and had coached Harwich Town before that."
    spells = [k for k in keys_of(text) if k[1] == "Harwich Town" and k[3] == "in_charge"]
    assert spells == [("Piet Lammers", "Harwich Town", "first_team", "in_charge")]
