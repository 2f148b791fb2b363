"""Careers and spells told in passing, in our own words: 'under X' (whoever a side plays under is
its coach), player-coaches, interim teams of several coaches, a pronoun taking the post after a
clause telling how another man went."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "under X": the side of the clause around it
        (
            "Brentford were the league's best defensive side under Erik Lund, and the board want more of "
            "the same.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Under Erik Lund, Brentford lost only twice all season.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Hull have named Tom Reid as head coach. Reid has worked in the club's academy and coached the "
            "first team's defenders under Marco Silvani.",
            ("Marco Silvani", "Hull City", "first_team", "in_charge"),
        ),
        (
            "The midfielder Tom Reid flourished under Marco Silvani at Udinese before joining Leeds.",
            ("Marco Silvani", "Udinese", "first_team", "in_charge"),
        ),
        (
            "Tom Reid moved to Fulham as a player-coach under Erik Lund in July 2021.",
            ("Erik Lund", "Fulham", "first_team", "in_charge"),
        ),
        # a player-coach coached the side he played for
        (
            "Jan Kowalski was player-manager of Rot-Weiss Essen for two seasons before retiring.",
            ("Jan Kowalski", "Rot-Weiss Essen", "first_team", "in_charge"),
        ),
        # "… part of a three-man interim team with A and B": each of them a caretaker
        (
            "Lech Poznan sacked Tomasz Nowak in May. Piotr Zielinski, his assistant, became part of a "
            "three-man caretaker team with Marek Wojcik and Adam Lisowski.",
            ("Adam Lisowski", "Lech Poznań", "first_team", "in_charge"),
        ),
        (
            "Lech Poznan sacked Tomasz Nowak in May. Piotr Zielinski, his assistant, became part of a "
            "three-man caretaker team with Marek Wojcik and Adam Lisowski.",
            ("Piotr Zielinski", "Lech Poznań", "first_team", "in_charge"),
        ),
        # a side named by its coach in match and table talk
        (
            "Hull finished third, two points behind Marco Silvani's Udinese.",
            ("Marco Silvani", "Udinese", "first_team", "in_charge"),
        ),
        (
            "Leeds sacked Tom Reid on the eve of Saturday's tie against Erik Lund's Brentford.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        # the start of a coaching career in a youth set-up
        (
            "Erik Lund started his coaching career in Ajax's youth system before moving to Denmark.",
            ("Erik Lund", "Ajax", "youth", "in_charge"),
        ),
        (
            "Erik Lund began coaching with Brentford's under-18s in 2012.",
            ("Erik Lund", "Brentford", "u18", "in_charge"),
        ),
        (
            "Fulham have named Tom Reid as head coach. Reid has worked in the club's academy since 2019.",
            ("Tom Reid", "Fulham", "youth", "in_charge"),
        ),
        # a specialist coach of one unit
        (
            "Fulham have named Tom Reid as head coach. Reid had coached the first team's defenders since "
            "2021.",
            ("Tom Reid", "Fulham", "first_team", "in_charge"),
        ),
        # "the national team" of a story about a club coach is the country's; so is its bare age group
        (
            "Fulham coach Tom Reid has been named Norway head coach. Since Stale Solbakken left, the "
            "national team had been led by Erik Lund, who was also coaching the under-21 team.",
            ("Erik Lund", "Norway", "national_u21", "in_charge"),
        ),
        # career lists of someone shown as a coach
        (
            "Jan Novak, a former Sparta Prague defender, is an experienced coach who has had spells at "
            "Viktoria Plzen and Slavia Prague.",
            ("Jan Novak", "Slavia Prague", "first_team", "in_charge"),
        ),
        (
            "Leeds have appointed Tom Reid, whose coaching career has taken him to Fulham and Brentford.",
            ("Tom Reid", "Brentford", "first_team", "in_charge"),
        ),
        # a tenure whose length is told, beside its end
        (
            "Hull named Tom Reid in June after Erik Lund's four-year reign came to an end.",
            ("Erik Lund", "Hull City", "first_team", "in_charge"),
        ),
        # "X, who had been Y's assistant at C": both of them at C
        (
            "Stoke have appointed Tom Reid. Reid, who had been Erik Lund's assistant at Brentford, took over "
            "on Monday.",
            ("Erik Lund", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Stoke have appointed Tom Reid. Reid, who had been Erik Lund's assistant at Brentford, took over "
            "on Monday.",
            ("Tom Reid", "Brentford", "first_team", "in_charge"),
        ),
    ],
)
def test_career_phrasings(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an owner or president is no coach; a descriptor says nothing of who is meant
        (
            "Leeds were promoted under president Andrea Radrizzani in 2020.",
            ("Andrea Radrizzani", "Leeds United", "first_team", "in_charge"),
        ),
        # spells as a player are no coaching
        (
            "Hull have appointed Tom Reid, a former Chelsea midfielder, who had spells at Fulham and "
            "Brentford as a player.",
            ("Tom Reid", "Fulham", "first_team", "in_charge"),
        ),
        (
            "The striker Jan Novak, who has had spells at Viktoria Plzen and Slavia Prague, scored twice.",
            ("Jan Novak", "Slavia Prague", "first_team", "in_charge"),
        ),
        # a player's career in a youth system is no coaching
        (
            "Tom Reid began his career in Ajax's youth system before joining Chelsea.",
            ("Tom Reid", "Ajax", "youth", "in_charge"),
        ),
        (
            "Spurs appointed Ange Postecoglou in June. Ryan Mason, the caretaker, will stay on as a "
            "first-team coach under Postecoglou.",
            ("Ryan Mason", "Tottenham Hotspur", "first_team", "in_charge"),
        ),
    ],
)
def test_career_phrasings_absent(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)


def test_player_coach_under_is_on_the_staff_and_dated() -> None:
    facts = facts_of("Tom Reid joined Fulham as a player-coach under Erik Lund in July 2021.")
    reid = [f for f in facts if f["coach"] == "Tom Reid" and f["event"] == "in_charge"]
    assert reid and reid[0]["role"] == "assistant_coach" and reid[0]["date"] == "2021-07-01"
    lund = [f for f in facts if f["coach"] == "Erik Lund" and f["event"] == "in_charge"]
    assert lund and lund[0]["date"] is None  # July 2021 is when Reid arrived, not when Lund began


def test_pronoun_after_another_mans_exit_is_the_earlier_man() -> None:
    facts = facts_of(
        "Tom Reid joined Fulham as a player-coach under Erik Lund in July 2021, and when Lund was sacked "
        "in March 2022 he was placed in interim charge."
    )
    assert ("Tom Reid", "Fulham", "appointed") in {(f["coach"], f["club"], f["event"]) for f in facts}
    assert ("Erik Lund", "Fulham", "appointed") not in {(f["coach"], f["club"], f["event"]) for f in facts}


def test_goalkeepers_coach() -> None:
    facts = facts_of(
        "Fulham have named Tom Reid as head coach. Jan Novak, who works with the goalkeepers, stays."
    )
    roles = {f["role"] for f in facts if f["coach"] == "Jan Novak" and f["event"] == "in_charge"}
    assert roles == {"goalkeeping_coach"}


def test_former_assistant_takes_over_as_head_coach() -> None:
    facts = facts_of(
        "Stoke have sacked Tom Reid. Jan Novak, who had been Erik Lund's assistant at Brentford, took over "
        "on Monday."
    )
    novak = [f for f in facts if f["coach"] == "Jan Novak" and f["club"] == "Stoke City"]
    assert novak and {f["role"] for f in novak} == {"head_coach"}
    lund = [f for f in facts if f["coach"] == "Erik Lund"]
    assert lund and all(f["date"] is None for f in lund)
