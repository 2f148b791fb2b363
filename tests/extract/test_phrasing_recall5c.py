"""Recall on departures that open a coaching vacancy ('the job became vacant when X left for C', 'C had
considered Y when X left for D', "X's departure for C left the post open") and translated career openings
('as head trainer he debuted in the C'), written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Derby County have appointed Rolf Madsen as head coach. "


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


@pytest.mark.parametrize(
    "text",
    [
        "Rui Sardinha was named coach of Nacional. As main trainer he debuted in the Boavista in 2016/17.",
        "Rui Sardinha was named coach of Nacional. As a head coach, Sardinha debuted at Boavista in 2016.",
        "Rui Sardinha was named coach of Nacional. Sardinha debuted as head coach with the Boavista in 2016.",
    ],
)
def test_coaching_debut_is_a_spell(text: str) -> None:
    assert ("Rui Sardinha", "Boavista", "first_team", "in_charge") in keys_of(text)


def test_player_debut_is_no_spell() -> None:
    text = "Rui Sardinha was named coach of Nacional. As a player he debuted in the Boavista in 1998."
    assert ("Rui Sardinha", "Boavista", "first_team", "in_charge") not in keys_of(text)
