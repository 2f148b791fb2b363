"""Aides leaving with their sacked boss, named in shapes the titled-staff rules missed: the name apposed
after the title ('Y's own assistant, A, left the club', 'Y's assistant, his brother A, also leaves'), the
title told with 'of' and the boss ('The assistants of Y, A and B, also leave'; Y stays no aide), and the
leaving told in the progressive ('Y's assistants A and B are leaving'). An apposed aide who only speaks
leaves nothing."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Cardiff City have sacked manager Owen Pryce after a run of seven defeats. "


@pytest.mark.parametrize(
    ("tail", "aides"),
    [
        ("Pryce's own assistant, Dai Rees, left the club on the same day.", ["Dai Rees"]),
        ("Pryce's assistant, his brother Huw Pryce, also leaves.", ["Huw Pryce"]),
        ("The assistants of Pryce, Dai Rees and Gethin Lloyd, also leave.", ["Dai Rees", "Gethin Lloyd"]),
        ("The auxiliary of Pryce, his compatriot Dai Rees, also leaves the club.", ["Dai Rees"]),
        (
            "Pryce's assistants Dai Rees and Gethin Lloyd are leaving at the end of the month.",
            ["Dai Rees", "Gethin Lloyd"],
        ),
    ],
)
def test_titled_aide_leaves_with_his_boss(tail: str, aides: list[str]) -> None:
    keys = keys_of(LEAD + tail)
    for aide in aides:
        assert (aide, "Cardiff City", "first_team", "left") in keys


def test_the_boss_after_of_is_no_aide() -> None:
    keys = keys_of(LEAD + "The assistants of Pryce, Dai Rees and Gethin Lloyd, also leave.")
    assert not any(k[0] == "Owen Pryce" and k[3] == "left" for k in keys)


@pytest.mark.parametrize(
    "tail",
    [
        "Pryce's own assistant, Dai Rees, said the players were shocked.",
        "The assistant of Pryce, Dai Rees, thanked the supporters.",
    ],
)
def test_apposed_aide_who_only_speaks_does_not_leave(tail: str) -> None:
    keys = keys_of(LEAD + tail)
    assert not any(k[0] == "Dai Rees" and k[3] == "left" for k in keys)
