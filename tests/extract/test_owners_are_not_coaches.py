"""Owners named beside a club's coaching news, written for these tests in our own words: a body or man
named as the club's owners ("owners Grupo X", "co-owners A") or as the man the club is "of" ("the club
of the American X", in translated copy) is an owner, never its coach; a coach's side told as "the team
of X", and a known coach after "the club of", keep their coaching facts."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Sevilla are looking for a coach. According to Marca, the club's owners Grupo Valdés had "
            "identified Tomás Ruiz as their first choice.",
            "Grupo Valdés",
        ),
        (
            "Fulham sacked Carlos Vela. Co-owners Brad Kemp and Alan Tosh had identified Marco Silva as "
            "their first choice.",
            "Brad Kemp",
        ),
        (
            "Sampdoria are looking for a new coach. The club of the American Dale Holloway had also "
            "considered Marco Verdi and Paolo Neri.",
            "Dale Holloway",
        ),
        (
            "Sampdoria want a new coach. The club of Dale Holloway had also considered Marco Verdi.",
            "Dale Holloway",
        ),
    ],
)
def test_owner_has_no_coaching_facts(text, owner):
    keys = keys_of(text)
    assert not any(k[0] == owner for k in keys)
    assert any(k[3] == "linked" for k in keys)  # the coaches they looked at are still read


def test_team_of_a_coach_stays_his():
    keys = keys_of("Monaco lost again. The team of the Italian Carlo Ancelotti was poor.")
    assert ("Carlo Ancelotti", "AS Monaco", "first_team", "in_charge") in keys


def test_known_coach_after_the_club_of_keeps_his_facts():
    keys = keys_of(
        "Diego Simeone has extended his contract with Atlético Madrid until 2027. The club of Diego "
        "Simeone won again on Sunday."
    )
    assert any(k[0] == "Diego Simeone" and k[3] == "extended" for k in keys)
