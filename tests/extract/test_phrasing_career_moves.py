"""Moves told inside long career sentences, in our own words: a later clause with no subject of its
own ('… before leaving for Spain in 2019', '…, then left Yorkshire for Scotland', '…, leaving in March
2023', 'but left the club') leaves the last club the sentence's subject was coaching in the clause
before; ', leaving C, whom he had led …' leaves C. Not a player's career, not a staff spell, not a step
inside the club, not a table place, not a move of another man named in the clause."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_HIRED = "Walsall have appointed Pieter Aalst as head coach. "


@pytest.mark.parametrize(
    ("text", "club", "date"),
    [
        # "before + gerund": the move of the clause's subject, from the club he won with
        (
            _HIRED + "Aalst won two league titles with Stockport County before leaving for Spain in 2019.",
            "Stockport County",
            "2019-01-01",
        ),
        (
            _HIRED
            + "Aalst, who guided Rotherham United to promotion before joining Bolton Wanderers in 2021, "
            "starts on Monday.",
            "Rotherham United",
            "2021-01-01",
        ),
        # "then left <place> for": the place is the home of the club just named; the year before the
        # move is the spell's, not the departure's
        (
            _HIRED
            + "Aalst took Rotherham United into the Championship in 2017, then left Yorkshire for Scotland.",
            "Rotherham United",
            None,
        ),
        # "and then moved on to C"
        (
            _HIRED + "Aalst led Stockport County to the National League title in 2022 and then moved on to "
            "Bolton Wanderers.",
            "Stockport County",
            None,
        ),
        # a participle with its date: "…, leaving in March 2023"
        (
            _HIRED + "He most recently coached Stockport County, leaving in March 2023.",
            "Stockport County",
            "2023-03-01",
        ),
        # "but left the club": the club just named
        (
            _HIRED + "He won the FA Trophy with Stockport County but left the club after two seasons.",
            "Stockport County",
            None,
        ),
        # a participle naming the club he left, whom he had coached: the joining's date is its date
        (
            _HIRED + "Aalst joined Bolton Wanderers in June 2020, leaving Rotherham United, whom he had just "
            "led to promotion.",
            "Rotherham United",
            "2020-06-01",
        ),
    ],
)
def test_subjectless_move_leaves_the_club_coached_before(text: str, club: str, date: str | None) -> None:
    left = [f for f in facts_of(text) if f["coach"] == "Pieter Aalst" and f["event"] == "left"]
    assert [f["club"] for f in left] == [club]
    assert left[0]["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        # a player's career: no coaching spell at the club before the move
        _HIRED + "Aalst played for Stockport County for eight years before joining Bolton Wanderers in 2010.",
        # a staff spell, told as one
        _HIRED
        + "Aalst had a spell on the coaching staff of Stockport County before joining Bolton Wanderers.",
        # a step inside the club
        _HIRED + "Aalst coached in the Stockport County academy before joining the first-team staff in 2016.",
        # a table place, and his team as the subject
        _HIRED + "Aalst's Stockport County beat Bolton Wanderers 2-0 and moved to the top of the table.",
        # a club left behind in the table, not by him
        _HIRED + "Aalst led Stockport County to a 3-1 win over Tranmere Rovers, leaving Bolton Wanderers "
        "three points behind.",
        # two men in the clause: whose move it is stays unsure
        _HIRED + "Aalst led Stockport County to promotion alongside Dave Challinor before moving to Bolton "
        "Wanderers.",
        _HIRED
        + "Aalst won the title with Stockport County, and Dave Challinor then left for Bolton Wanderers.",
    ],
)
def test_no_departure_without_a_coaching_spell_of_the_subject(text: str) -> None:
    assert not [f for f in facts_of(text) if f["event"] == "left"]


def test_country_left_for_as_a_place_is_no_national_team() -> None:
    """'before leaving for Spain in 2019, where he coached C': Spain is where he went."""
    keys = keys_of(
        _HIRED + "Aalst won two league titles with Stockport County before leaving for Spain in 2019, "
        "where he coached Real Oviedo."
    )
    assert ("Pieter Aalst", "Spain", "national", "appointed") not in keys
    assert ("Pieter Aalst", "Stockport County", "first_team", "left") in keys
    assert ("Pieter Aalst", "Real Oviedo", "first_team", "in_charge") in keys


def test_country_left_for_as_the_national_team() -> None:
    """'He left Lazio for England and took the team …': the national team he went to coach."""
    keys = keys_of(_HIRED + "He left Lazio for England in 2001 and took the team to three quarter-finals.")
    assert ("Pieter Aalst", "England", "national", "appointed") in keys


def test_development_squad_named_again_in_an_apposition() -> None:
    """ "C's elite development squad, the under-23s": the squad is C's under-23s, and the move leaves it."""
    keys = keys_of(
        _HIRED + "Aalst led Stockport County's elite development squad, the under-23s, to the league title "
        "in 2021, then left to manage Bolton Wanderers."
    )
    assert ("Pieter Aalst", "Stockport County", "u23", "in_charge") in keys
    assert ("Pieter Aalst", "Stockport County", "u23", "left") in keys


@pytest.mark.parametrize(
    ("text", "club", "date"),
    [
        # "then left to manage C": where the subjectless move went
        (
            _HIRED + "Aalst led Stockport County to the title in 2021, then left to manage Bolton Wanderers "
            "in League One.",
            "Bolton Wanderers",
            None,
        ),
        # "before returning to C in 2019": a return, its own date
        (
            _HIRED
            + "Aalst won back-to-back titles with Stockport County in 2016 and 2017, before returning to "
            "Bolton Wanderers in 2019 for a second spell.",
            "Bolton Wanderers",
            "2019-01-01",
        ),
        # "before moving in 1979 to C": a coaching word shows the subject coaching before the move
        (
            _HIRED
            + "Aalst started out coaching amateur sides before moving in 1985 to Bolton Wanderers, whom "
            "he took to a Cup final.",
            "Bolton Wanderers",
            "1985-01-01",
        ),
        # "before passing to C", "before joining C in 2021"
        (
            _HIRED
            + "Aalst had guided Stockport County in the 2021-22 season before passing to Bolton Wanderers.",
            "Bolton Wanderers",
            None,
        ),
        (
            _HIRED
            + "Aalst coached Stockport County for two seasons before joining Bolton Wanderers in 2021.",
            "Bolton Wanderers",
            "2021-01-01",
        ),
    ],
)
def test_subjectless_move_appoints_where_it_went(text: str, club: str, date: str | None) -> None:
    hired = [
        f
        for f in facts_of(text)
        if f["coach"] == "Pieter Aalst" and f["event"] == "appointed" and f["club"] != "Walsall"
    ]
    assert [(f["club"], f["date"]) for f in hired] == [(club, date)]


def test_return_to_the_national_team_named_before() -> None:
    """'led Wales to the Euros … before returning to the national team in 2023': the team named before."""
    keys = keys_of(
        _HIRED
        + "Aalst took Wales to the last eight of Euro 2020 and won the league with Stockport County in "
        "2022, before returning to the national team in 2023."
    )
    assert ("Pieter Aalst", "Wales", "national", "appointed") in keys


@pytest.mark.parametrize(
    "text",
    [
        # a player's move, a place, a staff career
        _HIRED + "Aalst played for Stockport County for eight years before joining Bolton Wanderers in 2010.",
        _HIRED + "Aalst was sacked by Stockport County in 2019 and returned to Spain.",
        _HIRED
        + "Aalst had a spell on the coaching staff of Stockport County before joining Bolton Wanderers.",
    ],
)
def test_no_appointment_for_a_move_that_is_no_coaching_job(text: str) -> None:
    hired = [f for f in facts_of(text) if f["event"] == "appointed" and f["club"] != "Walsall"]
    assert not hired


def test_clause_naming_no_club_leaves_the_post_in_view() -> None:
    """'managed only eight weeks in the post after being appointed in February 2022, before leaving …
    in April': the post the sentence has him holding (the club in view), in the year the clause
    before told."""
    text = (
        _HIRED
        + "His predecessor, Scottish coach Ian Baird, managed only eight weeks in the post after being "
        "appointed in February 2022, before leaving by mutual consent in April."
    )
    left = [(f["club"], f["date"]) for f in facts_of(text) if f["event"] == "left"]
    assert left == [("Walsall", "2022-04-01")]


def test_clause_naming_no_club_nor_post_tells_no_departure() -> None:
    text = (
        _HIRED
        + "His predecessor, English coach Dave Challinor, scored twice in the final before leaving in April."
    )
    assert not [f for f in facts_of(text) if f["event"] == "left"]


def test_bare_month_after_an_aside_keeps_its_own_year() -> None:
    """'… in March 2023 to take over C, whom he coached at the Olympics, before leaving in August': time
    passed in the aside, so August is not 2023's."""
    text = (
        _HIRED
        + "Aalst left Bolton Wanderers in March 2023 to take over Stockport County, whom he coached in "
        "two cup finals, before leaving in August when his contract ran out."
    )
    left = {f["club"]: f["date"] for f in facts_of(text, published="2024-10-01") if f["event"] == "left"}
    assert left.get("Stockport County") == "2024-08-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gareth Lloyd managed Newport County and Barnet before being appointed Wales Under-21 manager "
            "in 2016.",
            ("Gareth Lloyd", "Wales", "national_u21", "appointed"),
        ),
        (
            "Tom Rees worked under Sean Dyche at Burnley before being named Wigan Athletic head coach "
            "in 2019.",
            ("Tom Rees", "Wigan Athletic", "first_team", "appointed"),
        ),
        (
            "Ana Ruiz spent four years at Levante before being made coach of Valencia in 2021.",
            ("Ana Ruiz", "Valencia", "first_team", "appointed"),
        ),
    ],
)
def test_before_being_appointed_the_next_post(text, expected):
    assert expected in keys_of(text)


def test_before_being_named_to_a_non_coaching_post_is_no_appointment():
    keys = keys_of("Tom Rees managed Port Vale before being named Burnley's sporting director in 2017.")
    assert not any(k[1] == "Burnley" for k in keys)
    assert ("Tom Rees", "Port Vale", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Kovac, who departed last month to become Hajduk Split manager, was replaced by Babic.",
        "Kovac left in March to become the new Hajduk Split head coach.",
        "Kovac quit earlier this month to become Hajduk Split coach.",
    ],
)
def test_departed_to_become_with_a_time_between(sentence: str) -> None:
    keys = keys_of("Rijeka named Marko Babic as coach. " + sentence.replace("Kovac", "Ante Kovac", 1))
    assert ("Ante Kovac", "Hajduk Split", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "At Rijeka he replaced Ante Kovac, who left in April to the Hajduk Split in mid-season.",
        "Ante Kovac departed last summer to the Hajduk Split.",
    ],
)
def test_translated_left_to_the_club(sentence: str) -> None:
    keys = keys_of("Rijeka sacked Marko Babic. " + sentence)
    assert ("Ante Kovac", "Hajduk Split", "first_team", "appointed") in keys


def test_left_to_the_club_needs_a_club() -> None:
    keys = keys_of("Rijeka sacked Marko Babic. Ante Kovac left in April to the dismay of the fans.")
    assert not any(k[0] == "Ante Kovac" and k[3] == "appointed" for k in keys)
    assert ("Marko Babic", "HNK Rijeka", "first_team", "dismissed") in keys
