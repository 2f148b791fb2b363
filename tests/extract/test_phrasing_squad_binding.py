"""Which squad a fact is at: an age-group competition names the national side a spell coached; a
youth spell at a club does not recolour a later senior spell there; a squad after 'from' ('the bench
of C from the filial') is where he came from, not C's squad."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ulsan named Lee Ho-jin, who guided South Korea to the semi-finals of the FIFA U-20 "
            "World Cup in 2023, as their new manager.",
            ("Lee Ho-jin", "South Korea", "national_u20", "in_charge"),
        ),
        (
            "Sevilla have appointed Carlos Moreno, who led Spain to the European Under-21 Championship "
            "title in 2019, as head coach.",
            ("Carlos Moreno", "Spain", "national_u21", "in_charge"),
        ),
    ],
)
def test_a_competition_names_the_national_squad(text, expected):
    assert expected in keys_of(text)


def test_a_senior_competition_keeps_the_senior_side():
    keys = keys_of(
        "Sevilla have appointed Carlos Moreno, who led Spain to the World Cup title in 2010, as head coach."
    )
    assert ("Carlos Moreno", "Spain", "national", "in_charge") in keys


@pytest.mark.parametrize(
    ("text", "senior", "youth"),
    [
        (
            "Kilmarnock have appointed Tom Brady as manager. He started his coaching career with the youth "
            "sides at Hibernian. Prior to that, Brady managed Hibernian for two seasons, winning the "
            "Scottish Cup.",
            ("Tom Brady", "Hibernian", "first_team", "in_charge"),
            ("Tom Brady", "Hibernian", "youth", "in_charge"),
        ),
        (
            "Hearts have named Paul Dunne as head coach. Dunne started out coaching Aberdeen's academy "
            "teams. He later managed Aberdeen between 2019 and 2022.",
            ("Paul Dunne", "Aberdeen", "first_team", "in_charge"),
            ("Paul Dunne", "Aberdeen", "youth", "in_charge"),
        ),
    ],
)
def test_a_youth_spell_does_not_recolour_the_senior_spell(text, senior, youth):
    keys = keys_of(text)
    assert senior in keys and youth in keys


def test_a_squad_he_came_from_is_not_the_club_s():
    keys = keys_of(
        "Celta have named Luis Pardo as coach. Pardo arrived at the bench of Celta Vigo from the filial."
    )
    assert ("Luis Pardo", "Celta Vigo", "reserve", "appointed") not in keys
    assert ("Luis Pardo", "Celta Vigo", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("text", "mens", "womens"),
    [
        (
            "Urawa have sacked Lars Jensen. Jensen, who led the Denmark women's team to the Euro final and "
            "coached Denmark's men from 2015 to 2019, arrived in January.",
            ("Lars Jensen", "Denmark", "national", "in_charge"),
            ("Lars Jensen", "Denmark", "national_women", "in_charge"),
        ),
    ],
)
def test_a_sentence_telling_both_a_womens_and_a_mens_team(text, mens, womens):
    keys = keys_of(text)
    assert mens in keys and womens in keys


@pytest.mark.parametrize(
    "text",
    [
        "PSV sacked Peter Bosz on Monday. Since then the team has been led by Ruud Kamp, coach of PSV's "
        "under-19s, who won his first game on Saturday.",
        "Valencia dismissed Ruben Baraja in March. Since his exit the team has been led by Carlos Marchena, "
        "the coach of Valencia's reserve team, who has won twice.",
    ],
)
def test_the_team_led_by_a_youth_coach_is_the_senior_side(text):
    keys = keys_of(text)
    coach = next(k for k in keys if k[0] in ("Ruud Kamp", "Carlos Marchena"))
    assert (coach[0], coach[1], "first_team", "in_charge") in keys
