"""'A and B accompany him since C', 'X, who has been on Y's staff since C': the aides worked with their
boss at C, a spell there; the club they follow him to is not C ('The assistant X accompanies him since C'
in a story of his appointment elsewhere). Not 'knows him since C', and not 'follows him from C' (the move,
told by other rules). Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Stoke City have appointed Tom Reddy as head coach. "


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        ("The assistant Jim Dale accompanies him since Lokeren.", ["Jim Dale"]),
        (
            "The assistant Jim Dale and the fitness coach Pat Moss accompany him since Lokeren.",
            ["Jim Dale", "Pat Moss"],
        ),
        (
            "Long-time assistant Jim Dale, who has been on Reddy's staff since Lokeren, also joins.",
            ["Jim Dale"],
        ),
        ("His number two Jim Dale, who has followed him since the Lokeren times, also joins.", ["Jim Dale"]),
    ],
)
def test_aides_with_their_boss_since_a_club_had_a_spell_there(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_NEWS + sentence)
    for aide in aides:
        assert (aide, "KSC Lokeren", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "His assistant Jim Dale, who knows him since Lokeren, also joins.",
        "His assistant Jim Dale, who has followed him since the summer, also joins.",
    ],
)
def test_no_spell_without_working_together_at_a_club(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert not any(k[0] == "Jim Dale" and k[3] == "in_charge" and k[1] != "Stoke City" for k in keys)


def test_a_renewal_told_past_the_since_aside_is_at_the_bosss_club() -> None:
    text = (
        "Stoke City extended the contract of head coach Tom Reddy. The fitness coach Pat Moss, who "
        "accompanies him since the Lokeren times, also renewed."
    )
    keys = keys_of(text)
    assert ("Pat Moss", "Stoke City", "first_team", "extended") in keys
    assert ("Pat Moss", "KSC Lokeren", "first_team", "extended") not in keys
