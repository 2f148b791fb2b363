"""'U21 coach X, who took the team for Tuesday's loss, goes back to the academy', 'X was in charge for
Saturday's draw and will return to the reserves': a stand-in told by the one game he took, going back to
his post, held the first team for that spell and has left it. A man who stays on the staff after his one
game, or who only watched or played in the game, is not this. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Altrincham have appointed Owen Marsh as their new manager. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Under-21 coach Kieran Dale, who took the team for Tuesday's loss at Gateshead, goes"
        " back to the academy.",
        "Kieran Dale, the reserve side's coach, was in charge for Saturday's draw and will return to"
        " the reserves.",
        "Youth coach Kieran Dale led the side in the meantime and now goes back to his post.",
    ],
)
def test_one_game_stand_in_going_back_held_and_left_the_first_team(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert ("Kieran Dale", "Altrincham", "first_team", "left") in keys
    assert ("Kieran Dale", "Altrincham", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # he stays on the staff: his spell only, no departure
        "Kieran Dale, who led the team in Tuesday's loss at Gateshead, stays on as an assistant.",
        # he did not take the game
        "Under-21 coach Kieran Dale, who watched Tuesday's loss at Gateshead from the stand,"
        " goes back to the academy.",
        "Kieran Dale, who scored twice in Saturday's draw, will return to the reserves.",
    ],
)
def test_no_first_team_departure_without_a_stand_in_going_back(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert ("Kieran Dale", "Altrincham", "first_team", "left") not in keys
