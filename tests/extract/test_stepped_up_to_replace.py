"""The man a step up or an arrival replaced, told by other words than 'arrived to replace': 'had stepped up
from the academy to succeed Y', 'was promoted to the first team to replace Y', 'crossed town to replace Y',
'had taken charge in 2022 to replace Y', 'after arriving in February to succeed Y', 'X, arrived in September
to replace Y, leaves': Y has left the post in view. A player stepping up to replace an injured or suspended
man tells no coach's exit."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Rotherham United have sacked head coach Dean Platt. "


def _left(text: str) -> set[str]:
    return {
        c for c, club, _, event in keys_of(_LEAD + text) if event == "left" and club == "Rotherham United"
    }


def test_the_man_replaced_by_a_step_up_or_arrival_left() -> None:
    for text in (
        "Platt had stepped up from the academy to succeed Gary Oakes in 2021.",
        "That summer Platt was promoted to the first team to replace Gary Oakes.",
        "Platt had kept the side up after arriving in February 2023 to succeed Gary Oakes.",
        "Platt, arrived in September to replace Gary Oakes, leaves the club bottom of the table.",
        "Platt had taken charge in 2022 to replace Gary Oakes.",
    ):
        assert "Gary Oakes" in _left(text), text


def test_a_player_standing_in_for_an_injured_man_is_no_exit() -> None:
    for text in (
        "Striker Tom Vale stepped up from the academy to replace the injured Gary Oakes.",
        "Keeper Tom Vale was promoted to the first team to replace the suspended Gary Oakes.",
    ):
        assert "Gary Oakes" not in _left(text), text


def _left_anywhere(text: str) -> set[str]:
    return {c for c, _, _, event in keys_of(text) if event == "left"}


def test_a_players_transfer_to_replace_a_man_is_no_coachs_exit() -> None:
    # a playing title on the mover, or no coaching word in a story about no coaching change: a transfer
    for text in (
        "Winger Sam Hart crossed the Pennines to replace Luke Barr at Burnley.",
        "Sam Hart crossed the Pennines to replace Luke Barr at Burnley.",
        "Stockport County sacked Neil Dunn. "
        "Midfielder Sam Hart crossed town to replace Luke Barr at Burnley.",
    ):
        assert "Luke Barr" not in _left_anywhere(text), text


def test_a_coaching_reading_keeps_the_replaced_mans_exit() -> None:
    for text in (
        "Head coach Sam Hart crossed the Pennines to replace Luke Barr at Burnley.",
        "Sam Hart stepped up from the under-21s to replace Luke Barr at Burnley.",
    ):
        assert "Luke Barr" in _left_anywhere(text), text


def test_a_story_of_a_coaching_change_keeps_the_replaced_mans_exit() -> None:
    text = (
        "Burnley have parted company with Sam Hart, arrived in October to replace Luke Barr. "
        "Youth coach Ross Kemp takes over as interim boss."
    )
    assert "Luke Barr" in _left_anywhere(text)
