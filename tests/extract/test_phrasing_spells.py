"""Spells told in passing, written for these tests in our own words: titles won with a club,
'under the guidance of', 'guided C to', 'in his second season at C', 'now coaches C', one-word
coaches in 'X's C side', 'will become C's manager', 'left for C'."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "won <title> with C (and D)" said of a coach
        (
            "Leeds have sacked Tom Reid. Fabio Capello, who won Serie A with Milan and Roma, is the "
            "favourite.",
            ("Fabio Capello", "Roma", "first_team", "in_charge"),
        ),
        (
            "Hull have appointed Erik Lund as manager. Lund lifted the cup with Brentford in 2019.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Hull have appointed Erik Lund as manager. Lund won the league with Brentford in 2019 and the "
            "cup with Fulham a year earlier.",
            ("Erik Lund", "Fulham", "first_team", "in_charge"),
        ),
        (
            "Hull have appointed Erik Lund as manager. Lund won promotion with Brentford in 2019, and again "
            "with Fulham, who sacked him in 2022.",
            ("Erik Lund", "Fulham", "first_team", "in_charge"),
        ),
        # "under the guidance / stewardship of X, C …"
        (
            "Under the guidance of Erik Lund, Brentford won the title in 2020.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Brentford, under the stewardship of manager Erik Lund, have lost once all season.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        # an achievement in its own clause stands beside the sacking of the same sentence
        (
            "Erik Lund guided Brentford to the cup final in 2019 before he was sacked six months later.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Marco Silvani's Udinese were crowned champions, three years after he took over from Erik Lund.",
            ("Marco Silvani", "Udinese", "first_team", "in_charge"),
        ),
        # "in his Nth season at C" of someone shown as a coach
        (
            "Brentford manager Erik Lund, in his third season at the club, is under pressure. Lund, in his "
            "second season at Fulham, had them fourth.",
            ("Erik Lund", "Fulham", "first_team", "in_charge"),
        ),
        (
            "Erik Lund is in his first season in charge of Brentford.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        # "now coaches / manages / leads C"
        (
            "Roberto Martínez, who was in charge of Belgium for six years, now coaches Portugal.",
            ("Roberto Martínez", "Portugal", "national", "in_charge"),
        ),
        (
            "The former Leeds coach Erik Lund currently manages Brentford.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "The former Leeds and Marseille coach Marcelo Bielsa now leads Uruguay.",
            ("Marcelo Bielsa", "Uruguay", "national", "in_charge"),
        ),
        # one-word coaches in the possessive slot
        (
            "Marcelino's Villarreal side have won five of their last six matches.",
            ("Marcelino", "Villarreal", "first_team", "in_charge"),
        ),
        (
            "Rubi's Almería men were beaten again on Sunday.",
            ("Rubi", "Almería", "first_team", "in_charge"),
        ),
        # an announced future post
        (
            "Carlo Ancelotti, the Real Madrid coach, will become Brazil's manager after the Club World Cup.",
            ("Carlo Ancelotti", "Brazil", "national", "appointed"),
        ),
        (
            "Erik Lund will become Fulham's new head coach in the summer.",
            ("Erik Lund", "Fulham", "first_team", "appointed"),
        ),
        # "left for C": where the coach went
        (
            "Arne Slot's Feyenoord won the Eredivisie in 2023. He left for Liverpool in the summer of 2024.",
            ("Arne Slot", "Liverpool", "first_team", "appointed"),
        ),
    ],
)
def test_spell_phrasings(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # players win titles and leave for clubs too: no coaching shown, no fact
        (
            "Erik Lund, who won the league with Brentford, scored twice on Saturday.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Tom Reid, in his second season at Brentford, scored twice on Saturday.",
            ("Tom Reid", "Brentford", "first_team", "in_charge"),
        ),
        (
            "The striker Tom Reid left for Brentford in January.",
            ("Tom Reid", "Brentford", "first_team", "appointed"),
        ),
        (
            "Hull have appointed Erik Lund as manager. Lund, who won two titles as a player with Brentford, "
            "starts on Monday.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        # hedged: still a rumour
        (
            "Erik Lund could become Fulham's manager in the summer.",
            ("Erik Lund", "Fulham", "first_team", "appointed"),
        ),
        # the post being filled, restated in the relative clause
        (
            "Tom Reid takes over from Erik Lund, who guided Fulham B to two promotions.",
            ("Erik Lund", "Fulham", "reserve", "in_charge"),
        ),
    ],
)
def test_spell_phrasings_not_facts(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)


def test_summer_of_year_is_a_season() -> None:
    facts = facts_of("Erik Lund left Brentford for Fulham in the summer of 2022.")
    dated = [f for f in facts if f["event"] == "appointed"]
    assert dated and (dated[0]["date"], dated[0]["date_precision"]) == ("2022-07-01", "season")


def test_caretaker_for_the_final_matches() -> None:
    facts = facts_of("Hull sacked Tom Reid. Erik Lund will take charge of the team for the final two games.")
    roles = {(f["coach"], f["event"]): f["role"] for f in facts}
    assert roles.get(("Erik Lund", "appointed")) == "caretaker"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-opening short alias as the employer
        (
            "Villa appointed Unai Emery in October 2022. The Spaniard, who had been at Villarreal, replaced "
            "Steven Gerrard.",
            ("Unai Emery", "Aston Villa", "first_team", "appointed"),
        ),
        (
            "Forest have sacked Tom Reid after a run of six defeats.",
            ("Tom Reid", "Nottingham Forest", "first_team", "dismissed"),
        ),
        (
            "Villa appointed Unai Emery in October 2022. The Spaniard, who had been at Villarreal, replaced "
            "Steven Gerrard.",
            ("Unai Emery", "Villarreal", "first_team", "in_charge"),
        ),
        # "has transformed C into …", "has led C since …"
        (
            "Over the last 13 years, Diego Simeone has transformed Atlético Madrid into a European force.",
            ("Diego Simeone", "Atlético Madrid", "first_team", "in_charge"),
        ),
        (
            "Brentford manager Erik Lund has led Fulham since 2019 as well.",
            ("Erik Lund", "Fulham", "first_team", "in_charge"),
        ),
        # an announced post: "will coach C's squad", "the U19s will be led by X"
        (
            "Fernando Torres will coach Atlético Madrid's Juvenil A next season, the club announced.",
            ("Fernando Torres", "Atlético Madrid", "u19", "appointed"),
        ),
        (
            "Brentford confirmed the changes on Monday. Their under-21s will be coached by Erik Lund.",
            ("Erik Lund", "Brentford", "u21", "appointed"),
        ),
        # returns and past spells told by length
        (
            "Ancelotti's first spell at the Bernabéu lasted from 2013 to 2015; he returned in 2021 after two "
            "seasons at Everton.",
            ("Carlo Ancelotti", "Real Madrid", "first_team", "appointed"),
        ),
        (
            "Ancelotti's first spell at the Bernabéu lasted from 2013 to 2015; he returned in 2021 after two "
            "seasons at Everton.",
            ("Carlo Ancelotti", "Everton", "first_team", "in_charge"),
        ),
        (
            "Ancelotti's first spell at the Bernabéu lasted from 2013 to 2015; he returned in 2021 after two "
            "seasons at Everton.",
            ("Carlo Ancelotti", "Real Madrid", "first_team", "in_charge"),
        ),
        # the replaced coach's next post
        (
            "Barcelona Femení have appointed Pere Romeu as head coach, replacing Jonatan Giráldez, who "
            "joined Washington Spirit.",
            ("Jonatan Giráldez", "Washington Spirit", "women", "appointed"),
        ),
        # "joined as assistant to X"
        (
            "Middlesbrough made changes. Jonathan Woodgate joined as assistant to Neil Warnock.",
            ("Jonathan Woodgate", "Middlesbrough", "first_team", "appointed"),
        ),
        (
            "Middlesbrough made changes. Jonathan Woodgate joined as assistant to Neil Warnock.",
            ("Neil Warnock", "Middlesbrough", "first_team", "in_charge"),
        ),
    ],
)
def test_return_and_squad_phrasings(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Tom Reid, who joined Brentford in January, scored twice.",
            ("Tom Reid", "Brentford", "first_team", "appointed"),
        ),
        (
            "Harry Kane has led England since 2018 as captain.",
            ("Harry Kane", "England", "national", "in_charge"),
        ),
        (
            "Tom Reid returned in 2021 after two seasons at Brentford and scored on his debut.",
            ("Tom Reid", "Brentford", "first_team", "in_charge"),
        ),
    ],
)
def test_return_and_squad_player_wording(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)


def test_returned_in_year_dates_the_return() -> None:
    facts = facts_of(
        "Ancelotti's first spell at the Bernabéu lasted from 2013 to 2015; he returned in 2021 after two "
        "seasons at Everton."
    )
    back = [f for f in facts if f["event"] == "appointed" and f["club"] == "Real Madrid"]
    spell = [f for f in facts if f["event"] == "in_charge" and f["club"] == "Everton"]
    assert back and back[0]["date"] == "2021-01-01"
    assert spell and spell[0]["date"] is None
