"""A first-team spell told in a sentence that goes on to a youth post of the same club: "X guided C to the
title in 2015 and later ran the club's youth sides", "X managed C from 2016 to 2019 and afterwards led the
club's under-19 side" give both spells (the youth post is read from its own verb on, so the senior
spell told before it is another clause). Near miss: one clause naming the youth side only, "X previously
coached C's academy", is no first-team spell."""

from __future__ import annotations

from extract_helpers import keys_of

_HIRED = "Brackwater Town have appointed Lukas Fenner as head coach. "


def test_senior_spell_and_then_the_clubs_youth_sides() -> None:
    text = _HIRED + "Fenner guided Ostley Rangers to the title in 2015 and later ran the club's youth sides."
    keys = keys_of(text)
    assert ("Lukas Fenner", "Ostley Rangers", "first_team", "in_charge") in keys
    assert ("Lukas Fenner", "Ostley Rangers", "youth", "in_charge") in keys


def test_senior_post_then_a_later_under_19_post() -> None:
    text = (
        _HIRED
        + "Fenner managed Ostley Rangers from 2016 to 2019 and afterwards led the club's under-19 side."
    )
    keys = keys_of(text)
    assert ("Lukas Fenner", "Ostley Rangers", "first_team", "in_charge") in keys
    assert ("Lukas Fenner", "Ostley Rangers", "u19", "in_charge") in keys


def test_one_clause_naming_the_youth_side_only() -> None:
    keys = keys_of(_HIRED + "Fenner previously coached Ostley Rangers' academy.")
    assert ("Lukas Fenner", "Ostley Rangers", "youth", "in_charge") in keys
    assert ("Lukas Fenner", "Ostley Rangers", "first_team", "in_charge") not in keys
