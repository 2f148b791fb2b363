"""'X had his first top-flight job at C', '…, and got her first senior post with C': a coach's earlier
post told with the man as the subject (as 'His first job as a head coach was at C' is). Not his first
game or his first goal there. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Russia have appointed Tom Reddy as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Reddy started coaching in non-league football and had his first top-flight job at Mallorca.",
        "Reddy got his first senior post with Mallorca.",
        "He landed his first managerial job at Mallorca in 2015.",
    ],
)
def test_first_job_at_a_club_is_a_spell_there(sentence: str) -> None:
    assert ("Tom Reddy", "Mallorca", "first_team", "in_charge") in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reddy had his first game at Mallorca in 2019.",
        "Reddy scored his first goal with Mallorca in 2009.",
    ],
)
def test_a_first_game_or_goal_is_no_post(sentence: str) -> None:
    assert ("Tom Reddy", "Mallorca", "first_team", "in_charge") not in keys_of(_NEWS + sentence)
