"""'C made official on Tuesday the arrival of X', 'has formalised this Friday the arrival of X at the head
of its first team', 'has made official X as new coach' (translated news): the club's announcement of its
new coach, his appointment. A renewal made official, or the arrival of a man told as a player, is not
this. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Gateshead have sacked Owen Marsh. "
_APPOINTED = ("Kieran Dale", "Altrincham", "first_team", "appointed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Altrincham made official on Tuesday the arrival of Kieran Dale, who signed until 2027.",
        "Altrincham has formalised this Friday the arrival of Kieran Dale at the head of its first team.",
        "Altrincham has made official Kieran Dale as new coach.",
    ],
)
def test_an_arrival_made_official_is_an_appointment(sentence: str) -> None:
    assert _APPOINTED in keys_of(_NEWS + sentence, "2024-06-02")


@pytest.mark.parametrize(
    "sentence",
    [
        "Altrincham made official on Tuesday the renewal of Kieran Dale.",
        "Altrincham made official on Tuesday the arrival of the striker Kieran Dale.",
    ],
)
def test_a_renewal_or_a_players_arrival_is_no_appointment(sentence: str) -> None:
    assert _APPOINTED not in keys_of(_NEWS + sentence, "2024-06-02")
