"""'headed the main national team of Ukraine', 'previously headed Braga and Rio Ave': a side headed is a
spell like a side coached, and 'the main' / 'the senior' national team is the country's senior side; a
goal headed or a move headed somewhere is none (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Moldova have appointed Serghei Cleșcenco as head coach. "


@pytest.mark.parametrize(
    ("sentence", "club", "squad"),
    [
        ("Before that he headed the main national team of Belarus.", "Belarus", "national"),
        ("He had earlier coached the senior national team of Romania.", "Romania", "national"),
        ("Cleșcenco previously headed Sheriff Tiraspol and Zimbru.", "Sheriff Tiraspol", "first_team"),
    ],
)
def test_a_side_headed_is_a_spell(sentence: str, club: str, squad: str) -> None:
    assert ("Serghei Cleșcenco", club, squad, "in_charge") in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "As a player Cleșcenco headed Sheriff Tiraspol's winner in the 2001 cup final.",
        "Cleșcenco headed to Sheriff Tiraspol after the final.",
    ],
)
def test_a_goal_or_a_trip_headed_is_no_spell(sentence: str) -> None:
    assert not [k for k in keys_of(_NEWS + sentence) if k[1] == "Sheriff Tiraspol"]
