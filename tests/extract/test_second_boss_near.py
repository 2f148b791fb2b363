"""'X was Y's assistant and an assistant under Z', 'X was assistant to Y and then to Z': a second boss with
no club of his own coached where the first did; a club named after the first boss ends the pair
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hearts have appointed Tom Reid as manager. "


@pytest.mark.parametrize(
    "career",
    [
        "He returns to Hearts, where he was Levein's assistant and an assistant under Robbie Neilson.",
        "At Hearts he was assistant to Craig Levein and then to Robbie Neilson.",
    ],
)
def test_the_second_boss_coached_the_same_club(career: str) -> None:
    assert ("Robbie Neilson", "Heart of Midlothian", "first_team", "in_charge") in keys_of(_LEAD + career)


def test_a_club_after_the_first_boss_ends_the_pair() -> None:
    # near-miss: "to Y at Cardiff and then to Z": Z's club is not told, no spell read for him here
    keys = keys_of(_LEAD + "He was assistant to Neil Warnock at Cardiff and then to Steve Bruce.")
    assert not any(k[0] == "Steve Bruce" and k[3] == "in_charge" for k in keys)
