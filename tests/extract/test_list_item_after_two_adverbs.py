"""A career list whose next item comes after two adverbs of the sequence: "at A and at B, and later also at
C" goes on to C (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Ajax have appointed Jan Smit as head coach. "


@pytest.mark.parametrize(
    "career",
    [
        "He had been for years the assistant of Erik ten Hag at Utrecht and at Twente, and later also at "
        "Feyenoord.",
        "Smit coached Utrecht and Twente, and then also Feyenoord.",
    ],
)
def test_the_item_after_two_adverbs_is_listed(career: str) -> None:
    keys = keys_of(_LEAD + career)
    coach = "Erik ten Hag" if "ten Hag" in career else "Jan Smit"
    for club in ("FC Utrecht", "FC Twente", "Feyenoord"):
        assert (coach, club, "first_team", "in_charge") in keys


def test_a_clause_after_the_adverbs_ends_the_list() -> None:
    # near-miss: "and later also won the cup with Feyenoord" is a clause of its own, no item
    keys = keys_of(
        _LEAD + "Smit coached Utrecht and Twente, and later also won a cup as a player with Feyenoord."
    )
    assert ("Jan Smit", "Feyenoord", "first_team", "in_charge") not in keys
