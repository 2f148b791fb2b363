"""A reserve side named by its own name in the title apposed to the man ('named X, until now coach of
Dortmund II, as head coach') is the post he leaves, like 'until now coach of the B team': his appointment
is at the first team."""

from __future__ import annotations

from extract_helpers import keys_of


def test_reserve_side_by_its_name_in_the_aside_is_the_post_he_leaves():
    text = "Borussia Dortmund named Kai Lenz, until now coach of Dortmund II, as head coach on Sunday."
    keys = keys_of(text)
    assert ("Kai Lenz", "Borussia Dortmund", "first_team", "appointed") in keys
    assert ("Kai Lenz", "Borussia Dortmund", "reserve", "in_charge") in keys
    assert not any(k[0] == "Kai Lenz" and k[2] == "reserve" and k[3] == "appointed" for k in keys)


def test_numbered_second_team_in_the_aside():
    text = "Rostov have named Igor Belan, until now in charge of Rostov-2, as their new head coach."
    keys = keys_of(text)
    assert ("Igor Belan", "FC Rostov", "first_team", "appointed") in keys
    assert ("Igor Belan", "FC Rostov", "reserve", "in_charge") in keys


def test_reserve_side_he_is_named_to_without_an_aside_stays_his_new_post():
    """Near miss: no aside on the man; the reserve side named after 'as the new coach of' is his new post."""
    text = "Borussia Dortmund have named Kai Lenz as the new coach of Dortmund II."
    keys = keys_of(text)
    assert ("Kai Lenz", "Borussia Dortmund", "reserve", "appointed") in keys
    assert not any(k[0] == "Kai Lenz" and k[2] == "first_team" for k in keys)
