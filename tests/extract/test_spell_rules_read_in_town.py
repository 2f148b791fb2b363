"""A spell told 'in <town>' where the town stands for a club ('spent two seasons in Deventer': Go Ahead
Eagles) is tagged like 'at <club>', so each rule that reads a spell 'at C' reads it too. A town named
as a birthplace, or where a man only passed through, names no spell."""

from __future__ import annotations

from extract_helpers import keys_of


def test_spent_seasons_in_the_town_of_one_club():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker, 48, spent two seasons in Deventer "
        "before a spell in Belgium."
    )
    assert ("Tom Bakker", "Go Ahead Eagles", "first_team", "in_charge") in keys_of(text)


def test_spent_years_in_the_town_the_club_name_ends_on():
    text = (
        "Slovan Bratislava have appointed Marek Novak as head coach. He once coached Baník Ostrava. "
        "Novak spent three years in Ostrava before moving abroad."
    )
    assert ("Marek Novak", "Baník Ostrava", "first_team", "in_charge") in keys_of(text)


def test_birthplace_is_no_spell():
    text = "Heracles have appointed Tom Bakker as head coach. Bakker was born in Deventer in 1976."
    assert not {k for k in keys_of(text) if k[1] == "Go Ahead Eagles"}


def test_days_of_talks_in_the_town_are_no_spell():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker spent two days in Deventer last week "
        "for talks."
    )
    assert not {k for k in keys_of(text) if k[1] == "Go Ahead Eagles"}


def test_years_in_the_town_as_a_player_are_no_coaching_spell():
    text = "Raith Rovers have appointed Ian Dow. Dow spent four years in Kirkcaldy as a player."
    assert ("Ian Dow", "Raith Rovers", "first_team", "in_charge") not in keys_of(text)


def test_first_season_as_head_coach_in_the_town():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker was in only his first season as a head "
        "coach in Deventer when Heracles called."
    )
    assert ("Tom Bakker", "Go Ahead Eagles", "first_team", "in_charge") in keys_of(text)


def test_first_season_as_a_player_in_the_town_is_no_coaching_spell():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker was in his first season as a player in "
        "Deventer when he broke his leg."
    )
    assert not {k for k in keys_of(text) if k[1] == "Go Ahead Eagles"}


def test_won_with_one_club_but_lasted_months_in_the_town_of_another():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker won the cup with Twente in 2021 but "
        "lasted only eight months in Deventer."
    )
    keys = keys_of(text)
    assert ("Tom Bakker", "Go Ahead Eagles", "first_team", "in_charge") in keys


def test_and_lasted_weeks_at_the_club():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker won the cup with Twente in 2021 and "
        "lasted just five weeks at Go Ahead Eagles."
    )
    assert ("Tom Bakker", "Go Ahead Eagles", "first_team", "in_charge") in keys_of(text)


def test_lasted_of_another_man_named_between_is_his():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker replaced Jan de Vries, who won the cup "
        "but lasted only eight months at Go Ahead Eagles."
    )
    assert ("Tom Bakker", "Go Ahead Eagles", "first_team", "in_charge") not in keys_of(text)


def test_lasted_of_a_mans_predecessor_is_not_his():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker's predecessor won the cup but lasted "
        "only eight months at Go Ahead Eagles."
    )
    assert ("Tom Bakker", "Go Ahead Eagles", "first_team", "in_charge") not in keys_of(text)


def test_replaced_a_man_in_the_town_of_one_club_the_article_does_not_name():
    text = (
        "Heracles have appointed Tom Bakker as head coach. In 2019 Bakker replaced Jan de Vries in Deventer."
    )
    keys = keys_of(text)
    assert ("Tom Bakker", "Go Ahead Eagles", "first_team", "appointed") in keys
    assert ("Jan de Vries", "Heracles Almelo", "first_team", "left") not in keys


def test_replaced_in_a_town_named_for_a_match_is_no_club():
    text = (
        "Heracles have appointed Tom Bakker as head coach. Bakker replaced Jan de Vries in a friendly in "
        "Deventer as a player in 1999."
    )
    assert not {k for k in keys_of(text) if k[1] == "Go Ahead Eagles"}
