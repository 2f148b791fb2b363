"""A ground the reference data does not list, whose name opens with a given name ("in charge at Edgar
Street"), is a place, not a man: the spells told after it are the coach's, not the ground's. Near misses: a
man named after "at" whose name closes on no ground's word stays a man, and a listed ground still names its
club."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Kelmsford Athletic have parted company with manager Piet Lammers. "


def test_spells_after_a_ground_are_the_coachs() -> None:
    text = (
        _LEAD
        + "Lammers had been in charge at Victor Street since May 2021 and previously managed Harwich Town "
        "and Oakfield Rovers."
    )
    keys = keys_of(text)
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Oakfield Rovers", "first_team", "in_charge") in keys
    assert not any(coach == "Victor Street" for coach, _club, _squad, _event in keys)


def test_ground_after_a_move_is_no_man() -> None:
    text = _LEAD + "His assistant Tomas Brandt moved to Albert Street in the summer."
    keys = keys_of(text)
    assert not any(coach == "Albert Street" for coach, _club, _squad, _event in keys)


def test_man_after_at_stays_a_man() -> None:
    text = _LEAD + "He was assistant at Harwich Town under Tomas Brandt for two seasons."
    keys = keys_of(text)
    assert any(coach == "Tomas Brandt" and club == "Harwich Town" for coach, club, _squad, _event in keys)
