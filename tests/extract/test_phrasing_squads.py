"""Squad attribution: a squad word belongs to the post it names, not to every fact of the coach,
the sentence or the article."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

from pipeline.extract.mentions import squad_mentions


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a youth spell on his way up does not make his senior spells the youth side's
        (
            "Scotland have confirmed Steven Reid as their permanent head coach. Reid had been in interim "
            "charge since March. He previously won the Toulon tournament with the Under-20s in 2019.",
            ("Steven Reid", "Scotland", "national", "in_charge"),
            ("Steven Reid", "Scotland", "national_u20", "appointed"),
        ),
        (
            "Peru have appointed Jorge Fossati as head coach. Fossati guided the Under-17s to the South "
            "American title in 2015. Under Fossati, Peru have won four of six friendlies.",
            ("Jorge Fossati", "Peru", "national", "in_charge"),
            ("Jorge Fossati", "Peru", "national_u17", "appointed"),
        ),
        # 'the club' in the sacked coach's clause is the whole club, not the B side named before it
        (
            "Tom Baker, who was promoted from Celtic B after the club dismissed Neil Lennon, has won "
            "five games.",
            ("Neil Lennon", "Celtic", "first_team", "dismissed"),
            ("Neil Lennon", "Celtic", "reserve", "dismissed"),
        ),
        (
            "Girona's new coach Míchel, promoted from Girona B in March after the Catalan club sacked "
            "Pablo Machín, has won five games.",
            ("Pablo Machín", "Girona", "first_team", "dismissed"),
            ("Pablo Machín", "Girona", "reserve", "dismissed"),
        ),
        # a men's team named in a women's story stays the men's
        (
            "The DFB named Horst Meier interim coach of the women's national team. Meier, 61, led the "
            "Germany men's team at the 2012 Olympic Games and won the European Under-21 title "
            "in 2017.",
            ("Horst Meier", "Germany", "national", "in_charge"),
            ("Horst Meier", "Germany", "national_women", "in_charge"),
        ),
        (
            "Arsenal Women have appointed Renee Slegers as head coach. Slegers previously coached the "
            "Sweden men's national team and led Linköping.",
            ("Renee Slegers", "Sweden", "national", "in_charge"),
            ("Renee Slegers", "Sweden", "national_women", "in_charge"),
        ),
    ],
)
def test_squad_scope(text: str, expected: tuple, not_expected: tuple) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert not_expected not in keys


def test_one_match_in_the_dugout_is_no_spell() -> None:
    keys = keys_of(
        "Blackburn have appointed Tony Mowbray as manager. Mowbray will be in the dugout for "
        "Saturday's game at Derby."
    )
    assert ("Tony Mowbray", "Blackburn Rovers", "first_team", "in_charge") not in keys
    assert ("Tony Mowbray", "Blackburn Rovers", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "The Scot takes his first session at the Academy of Light on Saturday.",
        "They train at the Academy Stadium this week.",
    ],
)
def test_named_place_is_no_academy(sentence: str) -> None:
    assert not [m for m in squad_mentions(sentence) if m.squad == "youth"]


def test_academy_is_still_a_squad() -> None:
    assert [m.squad for m in squad_mentions("He coached in the club's academy.")] == ["youth"]


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a youth coach in interim charge: his own post is the age group, the interim spell the senior side's
        (
            "Chelsea sacked Graham Potter. Bruno Saltor, Chelsea's Under-21 coach, has been in caretaker "
            "charge since Sunday.",
            ("Bruno Saltor", "Chelsea", "first_team", "in_charge"),
            None,
        ),
        (
            "Bayern have sacked Thomas Tuchel. Reserve team coach Miroslav Klose has been in interim "
            "charge since Sunday.",
            ("Miroslav Klose", "Bayern Munich", "first_team", "in_charge"),
            None,
        ),
        # the age group he takes interim charge of stays his
        (
            "Everton's Under-23 coach David Unsworth has taken interim charge of the Under-23s.",
            ("David Unsworth", "Everton", "u23", "appointed"),
            ("David Unsworth", "Everton", "first_team", "appointed"),
        ),
    ],
)
def test_caretaker_from_an_age_group(text: str, expected: tuple, not_expected: tuple | None) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert not_expected not in keys


@pytest.mark.parametrize(
    ("sentence", "squads"),
    [
        (
            "Ghana's youth teams did well: the under-20s coached by Kofi Mensah and the under-17s led by "
            "Yaw Boateng both reached their finals.",
            {("Kofi Mensah", "national_u20"), ("Yaw Boateng", "national_u17")},
        ),
        (
            "The federation praised the under-20s managed by Kofi Mensah.",
            {("Kofi Mensah", "national_u20")},
        ),
    ],
)
def test_squad_known_by_its_coach(sentence: str, squads: set[tuple[str, str]]) -> None:
    keys = keys_of("Ghana named Otto Addo as coach. " + sentence)
    for coach, squad in squads:
        assert (coach, "Ghana", squad, "in_charge") in keys


def test_senior_national_team_beside_the_womens() -> None:
    """'coached the China women's national team' does not make 'the China national team' women's."""
    keys = keys_of(
        "Beijing Guoan sacked Tom Hill on Friday and appointed Goran Vuk. Vuk previously coached "
        "Hajduk Split and Al Wahda. Li Ming won the cup with Wuhan Three Towns and had previously coached "
        "the China women's national team during the 2019 World Cup. Zhang Lei had served as an assistant "
        "with the China national team."
    )
    assert ("Li Ming", "China", "national_women", "in_charge") in keys
    assert ("Zhang Lei", "China", "national", "in_charge") in keys


def test_trainer_of_a_clubless_squad_is_no_club():
    text = "Palermo sacked Gian Piero Gasperini. They turned to the trainer of the Primavera, Paolo Beruatto."
    assert not any(f["club"] == "Primavera" for f in facts_of(text))
