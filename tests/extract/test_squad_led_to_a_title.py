"""A national squad a man took, steered or led to a title, a medal or a final ('took the Olympic team to
silver', 'steered the country's under-20 side to a bronze medal', 'who led the U-20 women to a world
title') is his spell with that squad; not a player's ('as captain'), and not a club's bare youth side,
which the club of a career clause before it would usurp."""

from __future__ import annotations

from extract_helpers import keys_of


def test_olympic_team_taken_to_silver():
    text = (
        "Portugal named Rui Matos head coach of the national team on Monday. Matos took the Olympic team "
        "to silver in Athens."
    )
    assert ("Rui Matos", "Portugal", "national_u23", "in_charge") in keys_of(text)


def test_the_countrys_age_group_steered_to_a_medal():
    text = (
        "Chile named Pablo Soto head coach on Monday. Before that, Soto steered the country's under-20 side "
        "to a bronze medal at the 2019 South American Championship."
    )
    assert ("Pablo Soto", "Chile", "national_u20", "in_charge") in keys_of(text)


def test_womens_age_group_led_to_a_world_title():
    text = (
        "Norway's federation renewed the contract of Kari Lunde on Friday. Lunde, who led the U-20 women to "
        "a world title in 2016, stays until 2027."
    )
    assert ("Kari Lunde", "Norway", "national_women_u20", "in_charge") in keys_of(text)


def test_near_miss_taken_to_a_final_as_captain():
    text = (
        "Chile named Pablo Soto head coach on Monday. Soto took the under-20 side to the final as captain "
        "in 1999."
    )
    assert ("Pablo Soto", "Chile", "national_u20", "in_charge") not in keys_of(text)


def test_near_miss_a_clubs_bare_youth_side_after_a_career_clause():
    text = (
        "Tranmere Rovers named Tom Hall as head coach on Monday. Hall, who coached Bury and Barrow, had also "
        "brought the under-18s to the cup final."
    )
    keys = keys_of(text)
    assert ("Tom Hall", "Barrow", "u18", "in_charge") not in keys
    assert ("Tom Hall", "Bury", "u18", "in_charge") not in keys
