"""In a story about women's football, a club the text introduces by a men's league ("A-League side C",
"coached C in the A-League Men", "Championship club C") keeps its coach's unnamed post with the first
team; a club in a women's league ("in the A-League Women") is the women's."""

from __future__ import annotations

from extract_helpers import keys_of

LEAD = (
    "China have appointed Australian Daniel Kerr as head coach of their women's national team ahead of the "
    "Women's Asian Cup. "
)


def test_a_league_side_before_the_club():
    text = LEAD + "Kerr most recently led A-League side Perth Glory, whom he took to the finals in 2023."
    keys = keys_of(text)
    assert ("Daniel Kerr", "Perth Glory", "first_team", "in_charge") in keys
    assert ("Daniel Kerr", "Perth Glory", "women", "in_charge") not in keys


def test_in_the_a_league_men_after_the_club():
    text = LEAD + "Kerr later coached Perth Glory in the A-League Men."
    keys = keys_of(text)
    assert ("Daniel Kerr", "Perth Glory", "first_team", "in_charge") in keys


def test_in_the_a_league_women_is_the_womens_side():
    """Near miss: the women's league after the club: the women's team."""
    text = LEAD + "Kerr later coached Perth Glory in the A-League Women."
    keys = keys_of(text)
    assert ("Daniel Kerr", "Perth Glory", "first_team", "in_charge") not in keys
