"""A past spell and the sacking that ended it, the sacking hung on the spell in a clause of its own: "went on
to coach A and B, who sacked him in March", "was most recently in charge of C, who dismissed him", "coached
C for four years before being fired". Both are facts: the spell and the sacking. Near misses: a sacking that
names the man by his title in its own clause ("C sacked manager X") and a sacking told with no spell stay a
sacking alone."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager on Monday. "


def test_list_of_spells_with_the_last_club_sacking_him() -> None:
    text = _LEAD + "Lammers went on to coach Harwich Town and Stambridge United, who sacked him in March."
    keys = keys_of(text)
    assert ("Piet Lammers", "Stambridge United", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Stambridge United", "first_team", "dismissed") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys


def test_latest_post_with_the_club_dismissing_him() -> None:
    keys = keys_of(_LEAD + "Lammers was most recently in charge of Harwich Town, who dismissed him in March.")
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "dismissed") in keys


def test_spell_before_being_fired() -> None:
    keys = keys_of(_LEAD + "Lammers went on to coach Harwich Town for four years before being fired in 2023.")
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "dismissed") in keys


def test_title_in_the_sacking_clause_stays_one_fact() -> None:
    keys = keys_of("Harwich Town sacked manager Piet Lammers on Monday after a run of six defeats.")
    assert ("Piet Lammers", "Harwich Town", "first_team", "dismissed") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "in_charge") not in keys


def test_sacking_with_no_spell_told_stays_one_fact() -> None:
    keys = keys_of(_LEAD + "He replaces Tomas Brandt, who was sacked by the club in March.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "dismissed") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") not in keys
