"""A side handed to a new coach, told from the side: "the under-23s, who will now be led by X" (the side
the promoted man leaves behind), translated "will be now trained by X", "is now headed by X". Near
misses: a side that was coached by someone ("which were coached by X") is a spell, not an appointment."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Hallam FC have appointed Joe Platt as manager. "


@pytest.mark.parametrize(
    "sentence",
    [
        "He steps up from the under-23s, who will now be led by Sam Field.",
        "The under-23s will be now trained by Sam Field.",
        "The under-23 side is now headed by Sam Field.",
        "The under-23s are now coached by Sam Field.",
    ],
)
def test_side_now_led_by_is_its_new_coach(sentence: str) -> None:
    assert ("Sam Field", "Hallam FC", "u23", "appointed") in keys_of(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Platt worked with the under-23s, which were coached by Sam Field.",
        "The under-23s were headed by Sam Field in 2019.",
    ],
)
def test_side_led_by_in_the_past_is_no_appointment(sentence: str) -> None:
    keys = keys_of(_OPENING + sentence)
    assert not any(coach == "Sam Field" and event == "appointed" for coach, _, _, event in keys)
