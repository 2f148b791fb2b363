"""Event choice: the change a clause tells, not only the spell around it ('…, being exonerated in
October' is a sacking; 'lasted ten weeks after being appointed in January' an appointment; 'who has
taken up a role with another club' a departure), and the aide a boss's named staff 'includes' joins
that boss's one post in the story, not the club a flashback put in view."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afterwards, Pedro Almeida commanded Wolverhampton Wanderers in England, being exonerated in "
            "October of 2022.",
            ("Pedro Almeida", "Wolverhampton Wanderers", "first_team", "dismissed"),
        ),
        (
            "Tomas Varga managed Hull City for two seasons, being sacked in March 2021 after a bad run.",
            ("Tomas Varga", "Hull City", "first_team", "dismissed"),
        ),
        (
            "Luc Perrin then coached FC Nantes, being dismissed in November with the team bottom.",
            ("Luc Perrin", "FC Nantes", "first_team", "dismissed"),
        ),
    ],
)
def test_participle_sacking_after_the_spell(text, expected):
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her predecessor at Brighton & Hove Albion, German coach Jana Keller, lasted only eight weeks "
            "in the post after being appointed in February 2023.",
            ("Jana Keller", "Brighton & Hove Albion", "first_team", "appointed"),
        ),
        (
            "Ramon Ortiz won only two of his games at Getafe after being hired in the summer.",
            ("Ramon Ortiz", "Getafe", "first_team", "appointed"),
        ),
    ],
)
def test_appointment_told_as_a_participle(text, expected):
    assert expected in keys_of(text)


def test_appointed_as_an_executive_is_no_coaching_appointment():
    text = "Ramon Ortiz has thrived at Getafe since being appointed as sporting director in 2021."
    assert not any(k[3] == "appointed" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "St Johnstone would also like to thank first-team coach Sam Hodge, who "
            "has taken up a role with another club. We wish him all the best.",
            ("Sam Hodge", "St Johnstone", "first_team", "left"),
        ),
        (
            "Hartlepool United said assistant manager Diego Salas, who has accepted a position at a "
            "different club, would not travel to Saturday's game.",
            ("Diego Salas", "Hartlepool United", "first_team", "left"),
        ),
    ],
)
def test_role_taken_up_elsewhere_is_a_departure(text, expected):
    assert expected in keys_of(text)


def test_staff_includes_joins_the_named_boss_post_not_a_flashback_club():
    text = (
        "Benfica have appointed Pedro Almeida as their new head coach. "
        "Afterwards, Pedro Almeida commanded Wolverhampton Wanderers in England, being exonerated in October "
        "of 2022. The technical team of Almeida includes the assistant Ivan Roca, who accompanied him in "
        "Wolverhampton."
    )
    keys = keys_of(text)
    assert ("Ivan Roca", "Benfica", "first_team", "appointed") in keys
    assert ("Ivan Roca", "Wolverhampton Wanderers", "first_team", "appointed") not in keys
