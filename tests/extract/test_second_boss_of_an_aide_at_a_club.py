"""'He was an assistant to A and later to B at C', 'assistant to A and then B with C': the second boss the
aide served, named with the club where he served him, coached that club (written for these tests in our
own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Lecce have named Marco Ferri as head coach. "


def test_the_second_boss_after_and_later_to():
    found = keys_of(_LEAD + "Ferri was an assistant to Ivo Conti and later to Luca Sereni at Torino.")
    assert ("Luca Sereni", "Torino", "first_team", "in_charge") in found


def test_the_second_boss_after_and_then_without_to():
    found = keys_of(_LEAD + "Ferri served as assistant to Ivo Conti and then Luca Sereni with Torino.")
    assert ("Luca Sereni", "Torino", "first_team", "in_charge") in found


def test_near_miss_a_second_man_after_and_then_with_his_own_verb():
    found = keys_of(_LEAD + "Ferri was assistant to Ivo Conti and then Luca Sereni joined Torino as a player")
    assert ("Luca Sereni", "Torino", "first_team", "in_charge") not in found
