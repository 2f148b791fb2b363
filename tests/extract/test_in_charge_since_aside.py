"""A stand-in's open spell told in a verbless aside: 'X, in temporary charge since Y's sacking, has won one
of his three games', 'X, in caretaker charge since April, will stay on the bench': his caretaker spell at
the story's club."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def test_aside_after_a_sacking():
    text = (
        "Dunmore Athletic sacked Karl Obst on 30 September. Piet Lund, in temporary charge since Obst's "
        "sacking, has won one of his three games."
    )
    keys = keys_of(text, "2022-10-11")
    assert ("Piet Lund", "Dunmore Athletic", "first_team", "in_charge") in keys


def test_aside_with_a_month():
    text = (
        "Latvia are still looking for a head coach. Piet Lund, in interim charge since April, will stay on "
        "the bench for the June qualifiers."
    )
    keys = keys_of(text, "2023-05-20")
    assert ("Piet Lund", "Latvia", "national", "in_charge") in keys


def test_full_charge_is_not_read_as_a_stand_in():
    # no stand-in word: the aside tells a permanent spell, never a caretaker's
    text = "Dunmore Athletic lost again. Piet Lund, in charge since 2019, is under pressure."
    facts = [f for f in facts_of(text, "2022-10-11") if f["coach"] == "Piet Lund"]
    assert all(f["role"] != "caretaker" for f in facts)
