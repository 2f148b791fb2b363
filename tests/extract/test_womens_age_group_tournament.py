"""A spell told by a women's age-group tournament ('the Under-20 Women's World Cup', 'the Women's U-17
World Cup') is read at the country's women's age group, as a men's age-group tournament already was
read at the men's; a women's senior tournament or a men's youth one keeps its own reading."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "The Danish federation named Søren Holt as the new national coach on Monday. "


def test_women_after_the_age_group() -> None:
    keys = keys_of(
        _LEAD + "Before that, Holt steered Denmark to the final of the 2016 Under-20 Women's World Cup."
    )
    assert ("Søren Holt", "Denmark", "national_women_u20", "in_charge") in keys


def test_women_before_the_age_group() -> None:
    keys = keys_of(_LEAD + "Earlier, Holt guided Denmark to the title at the Women's U-17 World Cup in 2012.")
    assert ("Søren Holt", "Denmark", "national_women_u17", "in_charge") in keys


def test_womens_youth_euro() -> None:
    keys = keys_of(_LEAD + "Holt led Denmark to the semi-finals of the U-19 Women's Euro three years ago.")
    assert ("Søren Holt", "Denmark", "national_women_u19", "in_charge") in keys


def test_a_mens_youth_tournament_stays_mens() -> None:
    keys = keys_of(_LEAD + "Before that, Holt steered Denmark to the final of the 2015 Under-20 World Cup.")
    assert ("Søren Holt", "Denmark", "national_u20", "in_charge") in keys
    assert not any(squad.startswith("national_women_u") for _, _, squad, _ in keys)


def test_a_womens_senior_tournament_is_no_age_group() -> None:
    keys = keys_of(_LEAD + "Before that, Holt steered Denmark to the final of the 2019 Women's World Cup.")
    assert not any(squad.startswith("national_women_u") for _, _, squad, _ in keys)
