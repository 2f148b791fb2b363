"""A man who left to take a post tells his appointment there, whatever words name the post: "left on Monday,
his contract up, to take over at C", "has left to take up the vacant position at C", "left to take the
head coach job at C", "had left to become assistant manager to Y at C", "left to become head coach for C",
"left to direct C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Dundee have appointed Sean Kerr to replace Alan Moffat. "


def _appointed(text: str) -> set[str]:
    return {
        club
        for coach, club, _squad, event in keys_of(text)
        if coach == "Alan Moffat" and event == "appointed"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Moffat left on Monday, his contract up, to take over at Aberdeen.",
        "Moffat has left to take up the vacant position at Aberdeen.",
        "Moffat left to take the head coach job at Aberdeen.",
        "Moffat had left to become assistant manager to Derek Adams at Aberdeen.",
        "Moffat has left to become head coach for Aberdeen in the Premiership.",
        "Kerr had been in charge since February, when Moffat left to direct Aberdeen.",
        "Moffat led the under-21s before leaving in December to take over Aberdeen.",
    ],
)
def test_the_post_he_left_for_is_his_appointment(sentence: str) -> None:
    assert "Aberdeen" in _appointed(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a holiday is no post
        "Moffat left the club to take his holidays at Aberdeen.",
        # he left to watch a game, not to take a post
        "Moffat left early to watch Aberdeen.",
        # no club named after the post
        "Moffat left to take up the vacant position at the federation.",
    ],
)
def test_no_appointment_without_a_post_at_a_club(sentence: str) -> None:
    assert "Aberdeen" not in _appointed(_LEAD + sentence)
