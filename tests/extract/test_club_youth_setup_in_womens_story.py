"""A club's youth set-up told with no age group nor women's word, in a story of its women's team: "The
women's coach had earlier worked in the club's academy" is the club's youth post (`youth`), not a women's
youth side, which stories name as such ("the women's under-19s"). Near misses: the women's posts of the
story stay the women's, and a women's age group named stays that age group."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = (
    "Harrowgate Rovers have given women's manager Nadia Petrov a new deal until 2027 after the side won "
    "promotion. Petrov took over the women's team in 2021, having earlier trained the club's youth teams."
)


def test_youth_teams_in_a_womens_story_are_the_clubs_youth_side() -> None:
    keys = keys_of(_STORY)
    assert ("Nadia Petrov", "Harrowgate Rovers", "youth", "in_charge") in keys
    assert ("Nadia Petrov", "Harrowgate Rovers", "women_youth", "in_charge") not in keys


def test_the_womens_posts_stay_the_womens() -> None:
    keys = keys_of(_STORY)
    assert ("Nadia Petrov", "Harrowgate Rovers", "women", "extended") in keys


def test_a_womens_age_group_named_stays_that_age_group() -> None:
    text = (
        "Harrowgate Rovers have given women's manager Nadia Petrov a new deal until 2027. Petrov took over "
        "the women's team in 2021, having earlier coached the club's women's under-19s."
    )
    keys = keys_of(text)
    assert ("Nadia Petrov", "Harrowgate Rovers", "women_u19", "in_charge") in keys
    assert ("Nadia Petrov", "Harrowgate Rovers", "youth", "in_charge") not in keys
