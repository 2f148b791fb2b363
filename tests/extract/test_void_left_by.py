"""'filling the void left by X', 'the vacancy left by X', 'the post vacated by X': X left the post in
view. The gap a player left is no coach's exit. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Burnley have appointed Tom Hale as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale fills the void left by Mark Dunn.",
        "The club named him on Monday, filling the vacancy left by compatriot Mark Dunn.",
        "The post vacated by Mark Dunn in May went to Hale.",
    ],
)
def test_the_man_whose_going_opened_the_post_left(sentence: str) -> None:
    assert ("Mark Dunn", "Burnley", "first_team", "left") in keys_of(_NEWS + sentence)


def test_the_gap_a_player_left_is_no_exit() -> None:
    keys = keys_of(_NEWS + "Signing Paul Kerr fills the gap left by the injured striker Mark Dunn.")
    assert not any(k[0] == "Mark Dunn" for k in keys)
