"""The right event for the right coach: wordings that were read as another event (own variants)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # "released" by the club: let go (the German "entlassen"), not a departure of his own
        (
            "Hamburg hired Tim Walter in March, replacing Daniel Thioune, who was released after five "
            "straight defeats.",
            ("Daniel Thioune", "Hamburger SV", "first_team", "dismissed"),
            ("Daniel Thioune", "Hamburger SV", "first_team", "left"),
        ),
        (
            "Markus Gisdol coached Köln from 2019 to April 2021, when he was released.",
            ("Markus Gisdol", "1. FC Köln", "first_team", "dismissed"),
            None,
        ),
        # "the club separated from X" / "after the separation from X": the club's act
        (
            "Freiburg named Julian Schuster. He succeeds Christian Streich, from whom the club separated "
            "in the summer.",
            ("Christian Streich", "SC Freiburg", "first_team", "dismissed"),
            ("Christian Streich", "SC Freiburg", "first_team", "left"),
        ),
        (
            "Wolfsburg have separated from head coach Niko Kovac after a run of eight games without a win.",
            ("Niko Kovač", "VfL Wolfsburg", "first_team", "dismissed"),
            None,
        ),
        (
            "Augsburg turned to Jess Thorup in October, after the separation from Enrico Maassen.",
            ("Enrico Maassen", "FC Augsburg", "first_team", "dismissed"),
            ("Enrico Maassen", "FC Augsburg", "first_team", "left"),
        ),
        # "the resignation of X": his own going
        (
            "Valencia named Rubén Baraja on Tuesday. The post had been empty since the resignation of "
            "coach Gennaro Gattuso last week.",
            ("Gennaro Gattuso", "Valencia", "first_team", "resigned"),
            ("Gennaro Gattuso", "Valencia", "first_team", "left"),
        ),
    ],
)
def test_event_choice(text: str, expected: tuple, wrong: tuple | None) -> None:
    keys = keys_of(text)
    assert expected in keys
    if wrong:
        assert wrong not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coach's own parting stays a departure
        (
            "Montella, who separated from Adana Demirspor in May, was succeeded by Hikmet Aksoy.",
            ("Vincenzo Montella", "Adana Demirspor", "first_team", "left"),
        ),
        (
            "Kuntz took over Turkey in September 2021 after the separation with Senol Gunes.",
            ("Senol Gunes", "Turkey", "national", "left"),
        ),
    ],
)
def test_own_parting_stays_left(text: str, expected: tuple) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # "C assigned / tasked X to lead the team": the club's decision, not a headline future (linked)
        (
            "Galatasaray have tasked Okan Buruk to lead the side until the end of the season.",
            ("Okan Buruk", "Galatasaray", "first_team", "appointed"),
            ("Okan Buruk", "Galatasaray", "first_team", "linked"),
        ),
        (
            "Besiktas assigned the Dutch coach Giovanni van Bronckhorst to lead the team until the end of "
            "the season.",
            ("Giovanni van Bronckhorst", "Beşiktaş", "first_team", "appointed"),
            ("Giovanni van Bronckhorst", "Beşiktaş", "first_team", "linked"),
        ),
        # "the contract of coach X has been terminated": the employer's act
        (
            "The federation said on Thursday that the contract of South Korea head coach Jurgen Klinsmann "
            "had been terminated.",
            ("Jurgen Klinsmann", "South Korea", "national", "dismissed"),
            None,
        ),
    ],
)
def test_club_decision(text: str, expected: tuple, wrong: tuple | None) -> None:
    keys = keys_of(text)
    assert expected in keys
    if wrong:
        assert wrong not in keys


def test_contract_ended_by_mutual_agreement_is_no_sacking() -> None:
    keys = keys_of(
        "Fenerbahce said the contract of coach Jose Mourinho had been terminated by mutual agreement."
    )
    assert ("José Mourinho", "Fenerbahçe", "first_team", "dismissed") not in keys
    assert ("José Mourinho", "Fenerbahçe", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    ("text", "stand_in", "youth_post"),
    [
        # a youth or reserve coach standing in for a game or until a new man comes keeps his post
        (
            "Leeds sacked Jesse Marsch on Monday. Under-21s coach Michael Skubala will take charge of the "
            "team for Sunday's game at Old Trafford.",
            ("Michael Skubala", "Leeds United"),
            ("Michael Skubala", "Leeds United", "u21"),
        ),
        (
            "Chennaiyin parted ways with Owen Coyle. Until a permanent manager is found, reserve team coach "
            "Syed Sabir Pasha will take charge of the side.",
            ("Syed Sabir Pasha", "Chennaiyin FC"),
            ("Syed Sabir Pasha", "Chennaiyin FC", "reserve"),
        ),
    ],
)
def test_stand_in_keeps_youth_post(text: str, stand_in: tuple, youth_post: tuple) -> None:
    facts = facts_of(text)
    appointed = [f for f in facts if (f["coach"], f["club"], f["event"]) == (*stand_in, "appointed")]
    assert appointed and appointed[0]["role"] == "caretaker"
    keys = {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts}
    assert (*youth_post, "left") not in keys


def test_long_sacking_aside_naming_a_club() -> None:
    # "X, sacked in October after a 3-0 defeat against C, and replaced by Y": the aside is his sacking
    keys = keys_of(
        "Sampdoria named Andrea Pirlo. The season had begun with Marco Giampaolo, sacked in October after "
        "a heavy defeat against Lazio, and replaced by Pirlo."
    )
    assert ("Marco Giampaolo", "Sampdoria", "first_team", "dismissed") in keys
    assert ("Marco Giampaolo", "Sampdoria", "first_team", "left") not in keys
