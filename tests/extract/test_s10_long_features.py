"""Career retrospectives and long features (session 10): the second step of a spell told with its
subject left out ("was appointed by C in 2007 and sacked a year later", "before succeeding him as head
coach"), a job told by its acceptance, and a move abroad ("before leaving for Italy") that names no
national team. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _has(text: str, coach: str, club: str, event: str) -> bool:
    return any(k[0] == coach and k[1] == club and k[3] == event for k in keys_of(text))


# --- "was appointed … and sacked …": the passive goes on, its "was" left out ------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Paul Cook was hired by Ipswich Town in March 2020 and fired in February 2021.",
            "Paul Cook",
            "Ipswich Town",
        ),
        (
            "Gary Rowett was named manager of Derby County in 2017 and dismissed eight months later.",
            "Gary Rowett",
            "Derby County",
        ),
        (
            "His first job came at Forest Green Rovers, where Duncan Ferguson was appointed in January and "
            "sacked in May.",
            "Duncan Ferguson",
            "Forest Green Rovers",
        ),
    ],
)
def test_passive_and_sacked(text: str, coach: str, club: str) -> None:
    assert _has(text, coach, club, "dismissed")


def test_passive_and_sacked_dated_by_later() -> None:
    facts = facts_of("Karl Jensen was appointed by Fulham in 2009 and sacked a year later.")
    sacked = [f for f in facts if f["event"] == "dismissed" and f["club"] == "Fulham"]
    assert sacked and sacked[0]["date"].startswith("2010")


@pytest.mark.parametrize(
    "text",
    [
        "Mark Hughes was appointed by Stoke City in 2013 and signed three players in May.",
        "Mark Hughes was appointed by Stoke City in 2013 and sacked his assistant in May.",
    ],
)
def test_passive_and_other_verb_no_sacking(text: str) -> None:
    assert not any(f["event"] == "dismissed" and f["coach"] == "Mark Hughes" for f in facts_of(text))


# --- "before succeeding him": the subject takes the post -------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Steve Bruce worked as assistant to Roy Keane at Sunderland before succeeding him as manager "
            "in 2008.",
            "Steve Bruce",
            "Sunderland",
        ),
        (
            "Lars Nyberg was born in Falun. He began coaching as assistant to Olle Berg at "
            "Örebro SK before succeeding him as head coach in 1981.",
            "Lars Nyberg",
            "Örebro SK",
        ),
        (
            "Mikel Arteta spent three years on the Lyon staff of Bruno Genesio and later replaced Genesio "
            "as coach.",
            "Mikel Arteta",
            "Lyon",
        ),
    ],
)
def test_before_succeeding_him(text: str, coach: str, club: str) -> None:
    assert _has(text, coach, club, "appointed")


def test_before_succeeding_him_role_is_the_new_post() -> None:
    facts = facts_of(
        "Steve Bruce worked as assistant to Roy Keane at Sunderland before succeeding him as manager in 2008."
    )
    assert [f["role"] for f in facts if f["coach"] == "Steve Bruce" and f["event"] == "appointed"] == [
        "head_coach"
    ]


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        # the club's act: the man sacked is no replacer
        ("Chelsea sacked Graham Potter in April and replaced him with Frank Lampard.", "Graham Potter"),
        # a relative clause has its own subject
        (
            "Alan Pardew praised Nigel Pearson, who had been at Hull City before replacing Phil Brown.",
            "Alan Pardew",
        ),
    ],
)
def test_succeeding_not_the_subject(text: str, coach: str) -> None:
    assert not any(f["coach"] == coach and f["event"] == "appointed" for f in facts_of(text))


# --- "accepted the job at C" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "In 2019 Ivan Horvat accepted the job at Dinamo Zagreb, where he resigned in March 2022.",
            "Dinamo Zagreb",
        ),
        ("Daniel Farke has accepted the Norwich City job.", "Norwich City"),
    ],
)
def test_accepted_the_job(text: str, club: str) -> None:
    coach = "Ivan Horvat" if "Horvat" in text else "Daniel Farke"
    assert _has(text, coach, club, "appointed")


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Farke would have accepted the job at Leeds United.",
        "Daniel Farke is expected to accept the job at Leeds United.",
    ],
)
def test_accepting_not_told_done(text: str) -> None:
    assert not any(f["event"] == "appointed" for f in facts_of(text))


# --- "before leaving for Italy": a country moved to, no national team --------------------------------


def test_leaving_for_a_country_is_a_place() -> None:
    keys = keys_of("Roy Hodgson won the league with Malmo before leaving for Switzerland in 1990.")
    assert not any(k[1] == "Switzerland" for k in keys)
    assert any(k[1] == "Malmö FF" and k[3] == "left" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Roy Hodgson won the league with Malmo before leaving for the Switzerland national team in 1992.",
        "Roy Hodgson won the league with Malmo before leaving for Switzerland's national side in 1992.",
    ],
)
def test_leaving_for_a_national_team(text: str) -> None:
    assert ("Roy Hodgson", "Switzerland", "national", "appointed") in keys_of(text)


# --- a club named by its ground in a long story -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Luke Williams took charge at Meadow Lane in November 2021.", "Notts County"),
        ("Graham Coughlan was appointed at Rodney Parade in May 2023.", "Newport County"),
    ],
)
def test_lower_league_ground_names_the_club(text: str, club: str) -> None:
    assert any(k[1] == club and k[3] == "appointed" for k in keys_of(text))


# --- "but was let go" -------------------------------------------------------------------------------


def test_but_was_let_go() -> None:
    text = "Sigi Schmid won the MLS Cup with LA Galaxy in 2002, but was let go in August 2004."
    assert ("Sigi Schmid", "LA Galaxy", "first_team", "dismissed") in keys_of(text)


def test_let_go_of_players_is_no_sacking() -> None:
    text = "Sigi Schmid took over LA Galaxy in 2002 and let go of three players in August."
    assert not any(k[3] == "dismissed" for k in keys_of(text))


# --- "brought him back": the object before "back" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Bob Kessler spent a year as a radio pundit before Columbus Crew brought him back in May 2015.",
            "Bob Kessler",
            "Columbus Crew",
        ),
        ("Benfica brought Bruno Lage back as head coach on Wednesday.", "Bruno Lage", "Benfica"),
        ("Chelsea brought Frank Lampard back as caretaker in April 2023.", "Frank Lampard", "Chelsea"),
    ],
)
def test_brought_him_back(text: str, coach: str, club: str) -> None:
    assert _has(text, coach, club, "appointed")


@pytest.mark.parametrize(
    "text",
    [
        "Ten Hag brought Jonny Evans back in the starting line-up.",
        "Ten Hag brought Jonny Evans back into the side in March.",
        "Manchester United brought Jonny Evans back from injury on Saturday.",
    ],
)
def test_player_brought_back_is_no_appointment(text: str) -> None:
    assert not any(f["event"] == "appointed" for f in facts_of(text))


# --- translated sacking words: "the destitution of X", "was cessed" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Santos destituted Fábio Carille on Monday after the defeat to Palmeiras.",
        "Fábio Carille was destituted by Santos on Monday.",
        "Fábio Carille was cessed by Santos on Monday.",
        "Santos named a new coach on Monday, a week after the destitution of Fábio Carille.",
    ],
)
def test_translated_destitution_is_a_sacking(text: str) -> None:
    assert ("Fábio Carille", "Santos", "first_team", "dismissed") in keys_of(text)
