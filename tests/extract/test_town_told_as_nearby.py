"""A town told as near the one in view ('born in nearby Lodi', 'moved to neighbouring Tarvo') is a place,
not a man: the descriptor before it stays the subject of the career that follows. A man named beside a
town ('talks with Ugo Pace in nearby Rome') is still read. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Arlov Town have appointed Dario Benzi as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The 61-year-old, who was born in nearby Lodi, has coached Empoli and Cesena.",
        "The coach, who grew up in neighbouring Tarvo, has coached Empoli and Cesena.",
    ],
)
def test_career_after_a_nearby_town_is_the_descriptors(sentence: str) -> None:
    keys = keys_of(_HIRED + sentence, "2024-06-12")
    assert ("Dario Benzi", "Empoli", "first_team", "in_charge") in keys
    assert not {k for k in keys if k[0] in ("Lodi", "Tarvo")}


def test_man_after_in_still_read() -> None:
    keys = keys_of(_HIRED + "Arlov Town also held talks with Ugo Pace in nearby Rome.", "2024-06-12")
    assert {k for k in keys if k[0] == "Ugo Pace"}
