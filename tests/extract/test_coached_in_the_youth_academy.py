"""A coaching spell told in a club's youth academy, with the word "youth" before "academy": "coached in the
youth academy of C", "worked in C's youth academy", "in the Harwich club's youth academy" are spells with C's
youth teams, as "coached in C's academy" already was. Near misses: a player's years in an academy, and a
senior post told beside it, stay as they were."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Kelby United have appointed Piet Lammers as head coach. "


def test_youth_academy_of_a_club() -> None:
    keys = keys_of(_LEAD + "Lammers previously coached in the youth academy of Harwich Town.")
    assert ("Piet Lammers", "Harwich Town", "youth", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") not in keys


def test_clubs_youth_academy() -> None:
    keys = keys_of(_LEAD + "Lammers had worked in Harwich Town's youth academy for six years.")
    assert ("Piet Lammers", "Harwich Town", "youth", "in_charge") in keys


def test_club_named_by_its_town() -> None:
    text = (
        "Harwich Town have appointed Piet Lammers as head coach. He won promotion with Kelby United in 2019, "
        "having previously coached in the Harwich club's youth academy."
    )
    keys = keys_of(text)
    assert ("Piet Lammers", "Harwich Town", "youth", "in_charge") in keys


def test_senior_post_beside_it_is_kept() -> None:
    text = _LEAD + (
        "Lammers was head coach of Harwich Town and Oakfield Rovers and most recently worked in the youth "
        "academy of Harwich Town."
    )
    keys = keys_of(text)
    assert ("Piet Lammers", "Harwich Town", "youth", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys


def test_players_years_in_a_youth_academy_stay_unread() -> None:
    text = _LEAD + "Lammers played as a teenager in the youth academy of Harwich Town."
    keys = keys_of(text)
    assert not any(k[1] == "Harwich Town" for k in keys)
