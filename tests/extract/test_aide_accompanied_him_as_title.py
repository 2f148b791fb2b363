"""An aide's spells told in a relative clause with his title between the verb and the places: 'Pike, who
accompanied him as assistant in Valencia and Getafe' gives Pike's spell as assistant at each club; not a
title that is no aide's ('accompanied him as a player in Valencia')."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Watford have named Ivo Lind as their new head coach. "


def test_aide_at_each_place_after_his_title() -> None:
    sentence = "His compatriot Dan Pike, who accompanied him as assistant in Valencia and Getafe, also joins."
    keys = keys_of(_NEWS + sentence)
    assert ("Dan Pike", "Valencia", "first_team", "in_charge") in keys
    assert ("Dan Pike", "Getafe", "first_team", "in_charge") in keys


def test_aide_who_followed_him_as_number_two() -> None:
    keys = keys_of(_NEWS + "His aide Dan Pike, who followed him as his number two to Everton, also joins.")
    assert ("Dan Pike", "Everton", "first_team", "in_charge") in keys


def test_no_aide_post_for_a_player() -> None:
    keys = keys_of(_NEWS + "His friend Dan Pike, who accompanied him as a player in Valencia, also joins.")
    assert ("Dan Pike", "Valencia", "first_team", "in_charge") not in keys
