"""Train5 residual phrasings, in sentences of our own: a bare surname shared by a coach and an executive."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected", "unwanted"),
    [
        (
            "Egypt named Karim Mansour as head coach on Monday. The board also named his cousin "
            "Tarek Mansour as the national team's director. Mansour, 49, played 80 times for his country. "
            "Since retiring, he has coached Al Masry, Ismaily and Zamalek.",
            ("Karim Mansour", "Zamalek", "first_team", "in_charge"),
            ("Tarek Mansour", "Zamalek", "first_team", "in_charge"),
        ),
        (
            "Rangers appointed Graham Kerr as manager. The club also named his brother Neil Kerr as the "
            "club's sporting director. Kerr previously managed Dundee United and Hibernian.",
            ("Graham Kerr", "Hibernian", "first_team", "in_charge"),
            ("Neil Kerr", "Hibernian", "first_team", "in_charge"),
        ),
    ],
)
def test_surname_shared_with_an_executive_is_the_coach(text, expected, unwanted):
    keys = keys_of(text)
    assert expected in keys
    assert unwanted not in keys


def test_executive_named_as_the_teams_director_has_no_coaching_facts():
    keys = keys_of(
        "Wydad named Hicham Dmii as head coach and Ali Fathi as the team's technical director. "
        "Dmii has coached FUS Rabat."
    )
    assert not any(k[0] == "Ali Fathi" for k in keys)


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


def test_joining_the_senior_staff_keeps_the_youth_post():
    keys = keys_of(
        "Gareth Lloyd was appointed Wales Under-21 manager in 2016, and he joined the senior coaching "
        "staff in 2018."
    )
    assert ("Gareth Lloyd", "Wales", "national_u21", "appointed") in keys
    assert ("Gareth Lloyd", "Wales", "national_u21", "left") not in keys
