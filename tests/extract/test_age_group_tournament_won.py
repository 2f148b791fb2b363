"""A national age group's tournament won with no team named ('won the European Under-19 Championship',
'the FIFA U-17 World Cup', 'the under-21 Euro', and a second one after 'and the') is a spell with the
country in view's age group; not at a club in view, not a player's, not with a team named after it."""

from __future__ import annotations

from extract_helpers import keys_of


def test_two_age_group_titles_after_one_verb():
    text = (
        "Norway named Arne Vik head coach of the national team on Friday. Vik, 52, won the European "
        "Under-19 Championship in 2012 and the Under-21 title in 2016."
    )
    keys = keys_of(text)
    assert ("Arne Vik", "Norway", "national_u19", "in_charge") in keys
    assert ("Arne Vik", "Norway", "national_u21", "in_charge") in keys


def test_an_age_group_world_cup_in_a_relative_clause():
    text = (
        "Norway appointed Arne Vik on Friday to replace Odd Berg. Vik, who lifted the FIFA U-20 World Cup "
        "in 2014, has signed a four-year deal."
    )
    assert ("Arne Vik", "Norway", "national_u20", "in_charge") in keys_of(text)


def test_an_age_group_euro_told_second():
    text = (
        "Norway named Arne Vik head coach of the national team on Friday. He won the European under-17 "
        "crown in 2010 and the under-21 Euro in 2015."
    )
    keys = keys_of(text)
    assert ("Arne Vik", "Norway", "national_u17", "in_charge") in keys
    assert ("Arne Vik", "Norway", "national_u21", "in_charge") in keys


def test_near_miss_a_clubs_story_reads_no_national_age_group():
    """Near miss: the club in view is no national team, so its youth title is not one."""
    text = "Rosenborg appointed Arne Vik as head coach on Friday. Vik won the Under-19 title in 2015."
    keys = keys_of(text)
    assert not any(k[0] == "Arne Vik" and k[3] == "in_charge" and "u19" in k[2] for k in keys)


def test_near_miss_won_as_a_player():
    text = (
        "Norway named Arne Vik head coach of the national team on Friday. Vik won the European Under-21 "
        "Championship as a player in 2003."
    )
    keys = keys_of(text)
    assert ("Arne Vik", "Norway", "national_u21", "in_charge") not in keys
