"""An aide's post told after the boss he stood alongside: 'X spent nine years alongside Y, as his assistant
with A, B and C' gives X's and Y's spells at each; 'played alongside Y, as his captain' is no aide's post."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Gornik have named Pawel Wrona as their new head coach. "


def test_aide_at_each_side_listed_after_alongside_his_boss() -> None:
    sentence = "Wrona spent nine years alongside Jerzy Malek, as his assistant with Poland, Legia and Lech."
    keys = keys_of(_NEWS + sentence)
    assert ("Pawel Wrona", "Poland", "national", "in_charge") in keys
    for club in ("Legia Warsaw", "Lech Poznań"):
        assert ("Pawel Wrona", club, "first_team", "in_charge") in keys
        assert ("Jerzy Malek", club, "first_team", "in_charge") in keys


def test_no_aide_post_for_a_teammate_alongside() -> None:
    keys = keys_of(_NEWS + "Wrona played alongside Jerzy Malek, as his captain at Legia.")
    assert not any(k[3] == "in_charge" for k in keys)
