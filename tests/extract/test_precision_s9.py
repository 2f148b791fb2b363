"""Wrong facts the training sets showed, read as general misreadings (own variants): a condition told
mid-sentence, the club a man came from, the man whose assistant was sacked, the club a title names."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


# --- "should they part company with X": an inverted condition, no sacking ---------------------------
@pytest.mark.parametrize(
    ("text", "coach"),
    [
        (
            "Millwall would consider Barnsley boss Owen Clark should they part company with Neil Ward.",
            "Neil Ward",
        ),
        (
            "Leicester City would move for Graham Potter were they to sack Steve Cooper this week.",
            "Steve Cooper",
        ),
        (
            "Everton are weighing up a move for Sean Dyche should the club decide to fire Frank Lampard.",
            "Frank Lampard",
        ),
    ],
)
def test_inverted_condition_is_no_sacking(text: str, coach: str) -> None:
    assert not any(k[0] == coach and k[3] == "dismissed" for k in keys_of(text))


def test_parting_company_told_as_news_stays() -> None:
    text = "Sheffield United have parted company with Chris Wilder after a run of five defeats."
    assert ("Chris Wilder", "Sheffield United", "first_team", "dismissed") in keys_of(text)


# --- "took over in 2021, arriving from C": C is where he came from, not the post he took -------------
@pytest.mark.parametrize(
    ("text", "coach", "club", "origin"),
    [
        (
            "Sevilla have sacked Pablo Ruiz. Ruiz had taken over in October 2020, arriving from "
            "Qatari side Al Sadd, and won the Copa del Rey in 2022.",
            "Pablo Ruiz",
            "Sevilla",
            "Al-Sadd",
        ),
        (
            "Leeds United have sacked Jesse Marsch. Marsch took over in February 2022, joining from "
            "RB Leipzig.",
            "Jesse Marsch",
            "Leeds United",
            "RB Leipzig",
        ),
    ],
)
def test_taking_over_is_not_at_the_club_he_came_from(text: str, coach: str, club: str, origin: str) -> None:
    keys = keys_of(text)
    assert (coach, club, "first_team", "appointed") in keys
    assert (coach, origin, "first_team", "appointed") not in keys


def test_taking_charge_of_a_club_named_after_stays() -> None:
    text = "Leeds United have sacked Jesse Marsch. Javi Gracia took charge of Watford in 2019."
    assert ("Javi Gracia", "Watford", "first_team", "appointed") in keys_of(text)


# --- "dismissed his assistant Y": Y is sacked, not the man "his" stands for --------------------------
@pytest.mark.parametrize(
    ("text", "boss", "aide", "club"),
    [
        (
            "Torino have sacked Paolo Bruni. The club also dismissed his assistant Enzo Sala.",
            "Paolo Bruni",
            "Enzo Sala",
            "Torino",
        ),
        (
            "Chelsea sacked Graham Potter on Sunday and fired his assistant Bruno Saltor a day later.",
            "Graham Potter",
            "Bruno Saltor",
            "Chelsea",
        ),
    ],
)
def test_his_assistant_is_the_one_sacked(text: str, boss: str, aide: str, club: str) -> None:
    facts = [k for k in keys_of(text) if k[3] == "dismissed"]
    assert (aide, club, "first_team", "dismissed") in facts
    assert [k for k in facts if k[0] == boss] == [(boss, club, "first_team", "dismissed")]


def test_another_mans_assistant_sacked_is_not_him() -> None:
    keys = keys_of("Leeds United have sacked Jesse Marsch's assistant Cesar Azpilicueta.")
    assert ("Cesar Azpilicueta", "Leeds United", "first_team", "dismissed") in keys
    assert not any(k[0] == "Jesse Marsch" and k[3] == "dismissed" for k in keys)


# --- "he was coach of C": the club the title names, not one named before it -------------------------
@pytest.mark.parametrize(
    ("text", "coach", "club", "wrong"),
    [
        (
            "Exeter have appointed Ryan Dale as head coach. He was previously first-team coach under "
            "Alan Marsh at Middlesbrough.",
            "Ryan Dale",
            "Middlesbrough",
            "Exeter City",
        ),
        (
            "Dinamo Zagreb have appointed Ante Kovac. Before moving to Zagreb he was coach of Partizan "
            "and of Genoa.",
            "Ante Kovac",
            "Partizan Belgrade",
            "Dinamo Zagreb",
        ),
    ],
)
def test_title_of_a_club_names_the_post(text: str, coach: str, club: str, wrong: str) -> None:
    keys = keys_of(text)
    assert (coach, club, "first_team", "in_charge") in keys
    assert (coach, wrong, "first_team", "in_charge") not in keys


# --- "He has been Klopp's assistant since 2018, after a spell in charge of C": not Klopp's spell -----
@pytest.mark.parametrize(
    "text",
    [
        "Sturm Graz appointed Bram Visser. He has been Tuchel's assistant manager since 2019, "
        "after a short spell in charge of Dutch side FC Utrecht.",
        "Wrexham appointed Steve Parkin. He has been Parkinson's number two since 2019, having "
        "previously managed Rochdale.",
    ],
)
def test_aides_boss_takes_no_career_of_the_aide(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[0] in ("Thomas Tuchel", "Phil Parkinson") for k in keys)


# --- a club name with "of" at a sentence's start: "The University of Chile …" -----------------------
@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "The University of Chile confirmed on Friday the arrival of Mauro Pino as new coach of the "
            "first team.",
            "Mauro Pino",
            "Universidad de Chile",
            "first_team",
        ),
        (
            "The Republic of Ireland have sacked Stephen Kenny.",
            "Stephen Kenny",
            "Republic of Ireland",
            "national",
        ),
    ],
)
def test_the_opening_a_club_name_with_of(text: str, coach: str, club: str, squad: str) -> None:
    keys = keys_of(text)
    assert any(k[:3] == (coach, club, squad) for k in keys)
    assert not any(k[1] == "Chile" for k in keys)
