"""Executives who coach: a sporting director who took over as interim coach, or who the text says
coached or managed a club himself, has that coaching fact; one taking over as director, or without a
coaching past, stays out."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


def test_executive_who_took_over_as_interim_coach_is_a_coach():
    facts = events_of(
        "Basel named Marc Keller as coach. Sporting director Urs Brand took over as coach on an "
        "interim basis after Timo Lenz was dismissed in March."
    )
    assert ("Urs Brand", "Basel", "appointed") in facts


def test_executive_who_took_over_as_director_stays_an_executive():
    facts = events_of(
        "Basel named Fabio Celestini as coach. Sporting director Heiko Vogel took over as sporting "
        "director in February after the club sold Breel Embolo."
    )
    assert not any(coach == "Heiko Vogel" for coach, _, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mainz appointed Bo Henriksen as head coach. "He brings energy," said sporting director Martin '
            "Schmidt, who coached Mainz himself from 2015 to 2017.",
            ("Martin Schmidt", "1. FSV Mainz 05", "in_charge"),
        ),
        (
            "Everton named Sean Dyche as manager. Director of football Kevin Thelwell, who previously "
            "managed Burnley, led the search.",
            ("Kevin Thelwell", "Burnley", "in_charge"),
        ),
    ],
)
def test_executive_who_coached_a_club_has_that_spell(text, expected):
    assert expected in events_of(text)


def test_executive_without_a_coaching_past_stays_out():
    facts = events_of(
        'Mainz appointed Bo Henriksen as head coach. "He brings energy," said sporting director Christian '
        "Heidel, who joined the board in 2021."
    )
    assert not any(coach == "Christian Heidel" for coach, _, _ in facts)
