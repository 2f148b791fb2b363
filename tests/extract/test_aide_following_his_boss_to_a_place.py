"""An aide told following his boss to a place, no club named ('follows Y back to Norway', 'goes with him to
Skane'): he leaves the post the story told his boss leaving. Not where the story told the boss leaving
nowhere (an arrival story: 'Malmo have appointed Y. His assistant X follows him to Skane'), nor a club
named after 'to' (read by the rules of arrivals). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hammarby have parted company with head coach Lars Lund, who is returning to Norway. The "
            "goalkeeping coach Olof Berg stays, while the fitness coach Erik Sand follows Lund back "
            "to Norway.",
            id="follows_him_back_home",
        ),
        pytest.param(
            "Hammarby have parted ways with head coach Lars Lund, who takes over at Malmo. His assistant "
            "Erik Sand goes with him to Skane.",
            id="goes_with_him_to_a_region",
        ),
        pytest.param(
            "Lars Lund has resigned as Hammarby head coach to move abroad. His long-time assistant Erik Sand "
            "will follow Lund to Lisbon.",
            id="will_follow_him_to_a_city",
        ),
    ],
)
def test_aide_following_his_boss_away_leaves_the_post_he_left(text: str) -> None:
    assert ("Erik Sand", "Hammarby IF", "first_team", "left") in keys_of(text)


def test_aide_following_a_boss_who_left_nowhere_leaves_nothing() -> None:
    keys = keys_of("Malmo have appointed Lars Lund as head coach. His aide Erik Sand follows him to Skane.")
    assert not any(coach == "Erik Sand" and event == "left" for coach, _, _, event in keys)
