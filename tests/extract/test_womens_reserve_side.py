"""A women's word right before a reserve phrase ('the women's B team', 'the women's reserve side') names
the women's section's reserve, not its first team."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_womens_b_team_is_the_womens_reserve():
    text = "Villarreal confirmed that Clara Ibáñez stays on as coach of the women's B team next season."
    keys = keys_of(text)
    assert ("Clara Ibáñez", "Villarreal", "women_reserve", "in_charge") in keys
    assert not any(k[0] == "Clara Ibáñez" and k[2] == "women" for k in keys)


def test_a_clubs_womens_reserve_side_after_its_name():
    text = "Valencia have named Irene Sanz, formerly of Getafe, as coach of their women's reserve side."
    assert ("Irene Sanz", "Valencia", "women_reserve", "appointed") in keys_of(text)


def test_the_womens_team_alone_stays_the_womens_first_team():
    """Near miss: no reserve word after 'women's'."""
    text = "Villarreal confirmed that Clara Ibáñez stays on as coach of the women's team next season."
    assert ("Clara Ibáñez", "Villarreal", "women", "in_charge") in keys_of(text)


def test_a_womens_coach_beside_a_mens_b_team_keeps_both_apart():
    """Near miss: the B team is named apart from the women's, joined by 'and'."""
    text = "Villarreal confirmed that Clara Ibáñez will coach the women's team and Pablo Mora the B team."
    keys = keys_of(text)
    assert not any(k[2] == "women_reserve" for k in keys)
