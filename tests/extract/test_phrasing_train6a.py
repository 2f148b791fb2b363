"""Career lists and staff spells as wire copy and club sites tell them ('began his managerial career in
England with A, B and C', 'was previously an assistant with A and B', 'has also worked as a
first-team coach at A and B'), written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Burnley have appointed Rolf Madsen as head coach. "


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        # the first posts of a coach, with the country they were in
        (
            "Rolf Madsen began his managerial career in Spain with Getafe, Osasuna and Elche.",
            {"Getafe", "Osasuna", "Elche"},
        ),
        ("Rolf Madsen started his coaching career at Brentford and Millwall.", {"Brentford", "Millwall"}),
        # a second clause of the sentence, after other spells
        (
            "Rolf Madsen has coached Lille and Nantes, and began his managerial career with Brest and Metz.",
            {"Lille", "Nantes", "Brest", "Metz"},
        ),
        # an Oxford comma
        ("Rolf Madsen previously coached Genoa, Torino, and Udinese.", {"Genoa", "Torino", "Udinese"}),
    ],
)
def test_career_lists(text: str, clubs: set[str]) -> None:
    got = {k[1] for k in keys_of(text) if k[0] == "Rolf Madsen" and k[3] == "in_charge"}
    assert all(any(c in g for g in got) for c in clubs), got


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            _HIRED + "He was previously an assistant with Everton and the Wolverhampton Wanderers.",
            {"Everton", "Wanderers"},
        ),
        (_HIRED + "Madsen was formerly an assistant coach at Fulham.", {"Fulham"}),
        (
            _HIRED + "He has also worked as a first-team coach at Leicester City and Derby County.",
            {"Leicester", "Derby"},
        ),
        (_HIRED + "Madsen spent his early coaching years as an assistant at Lorient.", {"Lorient"}),
        (_HIRED + "He earlier worked as a coach with Sheffield Wednesday.", {"Sheffield Wednesday"}),
    ],
)
def test_staff_spells(text: str, clubs: set[str]) -> None:
    got = {k[1] for k in keys_of(text) if k[0] == "Rolf Madsen" and k[3] == "in_charge" and k[1] != "Burnley"}
    assert all(any(c in g for g in got) for c in clubs), got


@pytest.mark.parametrize(
    "text",
    [
        # a player's or scout's past, a youth post: no first-team staff spell
        _HIRED + "He was previously a player with Everton and Fulham.",
        _HIRED + "He earlier worked as a scout at Everton.",
        _HIRED + "He has also worked as an under-19 coach at Everton.",
        _HIRED + "Madsen began his playing career with Everton and Fulham.",
    ],
)
def test_not_staff_spells(text: str) -> None:
    assert not {k for k in keys_of(text) if k[0] == "Rolf Madsen" and k[1] in ("Everton", "Fulham")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parting agreed with the club in plain words: left
        (
            "Getafe said on Sunday they had reached a mutual agreement with Rolf Madsen to end his contract.",
            ("Rolf Madsen", "Getafe", "first_team", "left"),
        ),
        (
            "Osasuna have come to an agreement with coach Rolf Madsen to end his deal early.",
            ("Rolf Madsen", "Osasuna", "first_team", "left"),
        ),
        # the employer ends the contract: dismissed
        (
            "Rolf Madsen was appointed by Elche in May, but the club ended his contract after six games.",
            ("Rolf Madsen", "Elche", "first_team", "dismissed"),
        ),
        (
            "Rolf Madsen took over at Getafe in June before Getafe terminated his contract in October.",
            ("Rolf Madsen", "Getafe", "first_team", "dismissed"),
        ),
    ],
)
def test_contract_endings(text: str, expected: tuple) -> None:
    assert expected in keys_of(text)


def test_coach_ending_his_own_contract_is_no_sacking() -> None:
    keys = keys_of("Rolf Madsen took over at Getafe in June but ended his contract in October.")
    assert ("Rolf Madsen", "Getafe", "first_team", "dismissed") not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gossip column's candidates: on a list, top of a shortlist, rounds of talks
        (
            "Lille need a new coach. Brest's Rolf Madsen is also on the list, although he is under contract.",
            ("Rolf Madsen", "Lille", "first_team", "linked"),
        ),
        (
            "Lille need a new coach. That leaves Brest's Rolf Madsen at the top of Lille's shortlist.",
            ("Rolf Madsen", "Lille", "first_team", "linked"),
        ),
        (
            "Lille's directors have held three rounds of talks with Rolf Madsen, who is out of work.",
            ("Rolf Madsen", "Lille", "first_team", "linked"),
        ),
    ],
)
def test_gossip_candidates(text: str, expected: tuple) -> None:
    assert expected in keys_of(text)


def test_a_list_of_other_things_is_no_candidacy() -> None:
    keys = keys_of("Brest's Rolf Madsen is on the list of the best-paid coaches in France.")
    assert not {k for k in keys if k[3] == "linked"}
