"""Departures told in passing: the vacancy a departure left ('C have been without a coach since X
left', 'the job fell vacant when X left for D', "X's departure for D left the post open"), and a parting
told as the time of a later step ('took over after the separation with X'); a player's move, a
sponsor split or an arrival opens no vacancy."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of

_HIRED = "Derby County have appointed Rolf Madsen as head coach. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denmark have been without a permanent coach since Lars Sondergaard left after the Euros.",
            ("Lars Sondergaard", "Denmark", "left"),
        ),
        (
            "Argentina have been without a permanent coach ever since Tite left after the defeat by Morocco.",
            ("Tite", "Argentina", "left"),
        ),
        (
            "Everton have been without a manager ever since Frank Lampard departed in January.",
            ("Frank Lampard", "Everton", "left"),
        ),
    ],
)
def test_vacancy_since_a_departure(text, expected):
    assert expected in events_of(text)


def test_vacancy_since_someone_else_arrived_is_no_departure():
    facts = keys_of("Everton have been without a manager since Frank Lampard arrived as a player in 2005.")
    assert not any(event == "left" for _, _, _, event in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greece sacked Hans Roth. Roth, who took over in March 2020 after the separation with "
            "Nikos Andreou, had been criticised.",
            ("Nikos Andreou", "Greece", "national", "left"),
        ),
        (
            "Fenerbahce sacked Jorge Jesus. Jesus, who took over in 2022 after the amicable split with "
            "Vitor Pereira, had struggled.",
            ("Vitor Pereira", "Fenerbahçe", "first_team", "left"),
        ),
        (
            "Sevilla named Diego Alonso in October following their parting with coach Jorge Sampaoli.",
            ("Jorge Sampaoli", "Sevilla", "first_team", "left"),
        ),
    ],
)
def test_parting_told_as_a_time(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_split_without_a_person_tells_nothing() -> None:
    text = "Sevilla named Diego Alonso in October following the split with their kit sponsor."
    assert not any(k[3] == "left" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a departure that leaves the post free: the club in view is the one he left, C his next post
        (
            _HIRED + "The job fell vacant when Tariq Osei left for Burnley in the summer.",
            {
                ("Tariq Osei", "Derby County", "first_team", "left"),
                ("Tariq Osei", "Burnley", "first_team", "appointed"),
            },
        ),
        (
            _HIRED + "Tariq Osei's departure for Burnley in May left the post open.",
            {
                ("Tariq Osei", "Derby County", "first_team", "left"),
                ("Tariq Osei", "Burnley", "first_team", "appointed"),
            },
        ),
        (
            _HIRED + "Tariq Osei's move to Burnley created a vacancy at Pride Park last year.",
            {("Tariq Osei", "Burnley", "first_team", "appointed")},
        ),
        # a club weighing a candidate when someone left: the departure opened a coaching post
        (
            _HIRED + "Derby had approached Madsen last year, when Tariq Osei departed for Burnley.",
            {
                ("Tariq Osei", "Derby County", "first_team", "left"),
                ("Tariq Osei", "Burnley", "first_team", "appointed"),
            },
        ),
    ],
)
def test_departure_opening_a_vacancy(text: str, expected: set) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player's move, with no vacancy or coaching word about: no coaching fact
        _HIRED + "The winger Tariq Osei left for Burnley in the summer.",
        _HIRED + "Tariq Osei's move to Burnley was completed on Friday.",
    ],
)
def test_player_departure_stays_out(text: str) -> None:
    assert not {k for k in keys_of(text) if k[0] == "Tariq Osei"}
