"""A federation's news of its men's age groups and of its women's staff in one story: the age groups
stay the men's unless their coach is a women's coach or their sentence says women."""

from __future__ import annotations

from extract_helpers import keys_of


def test_mens_under_21s_beside_the_womens_staff():
    text = (
        "The Malta FA completed its coaching changes after Paul Zammit moved up to the senior men's job. "
        "Former Hibernians assistant Mark Borg has been appointed head coach of the Under-21s. "
        "In the women's game, Women's National Team head coach Anna Vella will be supported by new "
        "assistant Rita Camilleri."
    )
    keys = keys_of(text)
    assert ("Mark Borg", "Malta", "national_u21", "appointed") in keys
    assert not any(k[2] == "national_women_u21" for k in keys)


def test_a_womens_story_keeps_its_age_groups_womens():
    """Near miss: a story of the women's game alone; its Under-19s are the women's."""
    text = (
        "The Malta FA has appointed Anna Vella as head coach of the women's national team. "
        "Rita Camilleri has been appointed head coach of the Under-19s."
    )
    keys = keys_of(text)
    assert ("Rita Camilleri", "Malta", "national_women_u19", "appointed") in keys


def test_the_age_group_of_a_womens_coach_is_the_womens():
    """Near miss: men are named in the story, but the age group's coach leads the women's team."""
    text = (
        "The Malta FA has appointed Anna Vella as head coach of the women's national team, while the "
        "senior men's coach Paul Zammit stays. Vella previously coached the Under-17s."
    )
    keys = keys_of(text)
    assert ("Anna Vella", "Malta", "national_women_u17", "in_charge") in keys
