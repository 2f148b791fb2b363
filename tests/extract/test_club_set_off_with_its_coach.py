"""A club and the man it plays under, set off after its name: "drew with C, led by X", "C, coached by X,
travel on Sunday", "to join C, the second-tier side managed by X". Near misses: a titled man after "led by"
("led by captain X") is no coach; a club's owner or its scorer is no coach either."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Real Oviedo have sacked their coach Anton Ilarri after a run of five defeats. "


@pytest.mark.parametrize(
    "sentence",
    [
        "In the cup final, Real Oviedo lost 2-1 to Sporting Gijón, led by Tomas Perello.",
        "Second in the table, Sporting Gijón, led by Tomas Perello, climbed to third last month.",
        "Ilarri's assistant leaves to join Sporting Gijón, the second-tier side managed by Tomas Perello.",
        "Oviedo then face Sporting Gijón, the Asturian side coached by Tomas Perello.",
        "Sporting Gijón, headed by Tomas Perello, are unbeaten since March.",
    ],
)
def test_club_set_off_with_its_coach(sentence: str) -> None:
    assert ("Tomas Perello", "Sporting Gijón", "first_team", "in_charge") in keys_of(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sporting Gijón, led by captain Tomas Perello, are unbeaten since March.",
        "Sporting Gijón, led by two goals from Tomas Perello, won the derby.",
        "Sporting Gijón, owned by Tomas Perello since 2019, are unbeaten since March.",
    ],
)
def test_titled_player_owner_or_scorer_is_no_coach(sentence: str) -> None:
    keys = keys_of(_OPENING + sentence)
    assert not any(coach == "Tomas Perello" for coach, _, _, _ in keys)
