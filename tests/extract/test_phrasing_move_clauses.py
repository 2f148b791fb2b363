"""Moves told in a clause about a man (sentences of our own): 'who left in May to take charge of C',
'who quit C' (the club after the verb), participle openings ('Born in …, X', 'Appointed on … by …, X'),
', having been appointed/sacked …' and ', having left C'; being made captain is no appointment."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "who left in May to take charge of <descriptor> C": a relative clause tells his move ------


@pytest.mark.parametrize(
    "text",
    [
        "Rayo have appointed Iñigo Pérez. He replaces Andoni Iraola, who left in June to take charge of "
        "English side Bournemouth.",
        "Lens named Will Still as coach, succeeding Franck Haise, who quit last summer to take over at Nice.",
        "Ajax confirmed that Francesco Farioli, who had left in May to join Italian giants "
        "Juventus, would not return.",
    ],
)
def test_relative_clause_left_to_take_charge(text: str) -> None:
    keys = keys_of(text)
    assert any(
        k[3] == "appointed" and k[1] in {"AFC Bournemouth", "Bournemouth", "OGC Nice", "Nice", "Juventus"}
        for k in keys
    ), keys


@pytest.mark.parametrize(
    ("text", "quit_club", "other"),
    [
        (
            "Valencia are expected to name Marco Rossi, who quit Cagliari last week, in the coming days.",
            "Cagliari",
            "Valencia",
        ),
        (
            "Leeds have appointed Tom Berg, who stepped down from Hull City in May, as their new manager.",
            "Hull City",
            "Leeds United",
        ),
        (
            "Rangers want Paul Mertens, who resigned as manager of Hearts on Sunday.",
            "Heart of Midlothian",
            "Rangers",
        ),
    ],
)
def test_the_club_a_man_quit_is_the_one_after_the_verb(text: str, quit_club: str, other: str) -> None:
    keys = keys_of(text)
    person = next(k[0] for k in keys)
    assert (person, quit_club, "first_team", "resigned") in keys
    assert (person, other, "first_team", "resigned") not in keys


# --- participle openings: "Born in …, X", "Appointed on July 9, 2012 by …, X has won …" ---------


def test_participle_opening_keeps_the_subject_in_view() -> None:
    text = (
        "Hertha Berlin have appointed Stefan Leitl as head coach. "
        "Born in Munich, Leitl began his coaching career at Ingolstadt. "
        "In 2019 he took over Greuther Fürth and won promotion."
    )
    assert ("Stefan Leitl", "Greuther Fürth", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Appointed on June 14, 2021 by the club's owners, Maurizio Sarri has won 40 games at Lazio.",
        "Hired by Lazio in June 2021, Maurizio Sarri led the side to second place.",
    ],
)
def test_participle_appointed(text: str) -> None:
    assert ("Maurizio Sarri", "Lazio", "first_team", "appointed") in keys_of(text)


# --- ", having been appointed/sacked …": a participle clause about the main clause's subject ---


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Thomas Frank won his first game in charge of Tottenham Hotspur on Saturday, having been "
            "appointed in June to replace the sacked Ange Postecoglou.",
            "Thomas Frank",
            "Tottenham Hotspur",
            "appointed",
        ),
        (
            "Unai Emery, having been named Villarreal coach in 2020, won the Europa League a year later.",
            "Unai Emery",
            "Villarreal",
            "appointed",
        ),
        (
            "Graham Potter watched from the stands, having been sacked by Chelsea in April.",
            "Graham Potter",
            "Chelsea",
            "dismissed",
        ),
    ],
)
def test_having_been_clause_tells_the_subjects_move(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_having_been_made_captain_is_no_appointment() -> None:
    keys = keys_of("Martin Ødegaard scored twice for Arsenal, having been appointed captain in the summer.")
    assert not any(k[3] == "appointed" for k in keys)


# --- ", having left C": the subject's earlier departure ---------------------------------------


def test_having_left_club_is_a_departure() -> None:
    text = "Liam Rosenior is now in charge at Strasbourg, having left Hull City in May."
    assert ("Liam Rosenior", "Hull City", "first_team", "left") in keys_of(text)
