"""A past spell and the resignation that ended it, hung on the spell in a clause of its own: "most recently
coached C, where he resigned in June", "previously managed C, where he stepped down in 2019". Both are facts,
as with a sacking told so. Near misses: a resignation that names the man by his title in its own clause ("C
manager X has resigned") or told with no spell ("replaces Y, who resigned") stays a resignation alone."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager on Monday. "


def test_latest_spell_where_he_resigned() -> None:
    keys = keys_of(_LEAD + "Lammers most recently coached Harwich Town, where he resigned in June.")
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "resigned") in keys


def test_earlier_spell_where_he_stepped_down() -> None:
    keys = keys_of(_LEAD + "He also previously managed Harwich Town, where he stepped down in 2019.")
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "resigned") in keys


def test_title_in_the_resignation_clause_stays_one_fact() -> None:
    keys = keys_of("Harwich Town manager Tomas Brandt has resigned after a run of six defeats.")
    assert ("Tomas Brandt", "Harwich Town", "first_team", "resigned") in keys
    assert ("Tomas Brandt", "Harwich Town", "first_team", "in_charge") not in keys


def test_resignation_with_no_spell_told_stays_one_fact() -> None:
    keys = keys_of(_LEAD + "He replaces Tomas Brandt, who resigned in March.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "resigned") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") not in keys
