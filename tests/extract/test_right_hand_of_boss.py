"""'the right hand of Y at C' (translated Spanish "la mano derecha de"): an aide's post at C and his boss
Y's spell there, as "the assistant of Y at C" is read. "Right hand" told of a body part or with no club
is no post. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Pachuca parted ways with Raúl Medina on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "For years he was the right hand of Tomás Ortega at Real Betis.",
        "He was the right-hand man of Tomás Ortega at Real Betis.",
        "He had been the right hand of Tomás Ortega at Real Betis and with the Mexico national team.",
    ],
)
def test_right_hand_of_a_boss_at_a_club(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert ("Raúl Medina", "Real Betis", "first_team", "in_charge") in keys
    assert ("Tomás Ortega", "Real Betis", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "He broke his right hand in training at Real Betis.",
        "He shook the right hand of Tomás Ortega after the game.",
    ],
)
def test_right_hand_with_no_post_tells_no_spell(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert not any(coach == "Tomás Ortega" for coach, *_ in keys)
    assert ("Raúl Medina", "Real Betis", "first_team", "in_charge") not in keys
