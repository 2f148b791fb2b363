"""A staff list whose first aide has an aside naming his boss and a club ('the adjunct A, who worked
alongside him at C, the goalkeeping coach B and the fitness coach D'): C is A's past, told in his aside,
not the post of B and D listed after it. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Stoke City have appointed Tom Reddy as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The technical team includes the adjunct Jim Dale, who worked alongside him at Lokeren, "
        "the goalkeeping coach Pat Moss and the fitness coach Al Bent.",
        "The technical team includes the adjunct Jim Dale, who accompanies Reddy since Lokeren, "
        "the goalkeeping coach Pat Moss and the fitness coach Al Bent.",
    ],
)
def test_aides_listed_after_anothers_aside_are_at_the_story_club(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    for aide in ("Pat Moss", "Al Bent"):
        assert not any(k[0] == aide and k[1] == "KSC Lokeren" for k in keys)
        assert any(k[0] == aide and k[1] == "Stoke City" for k in keys)


def test_the_aside_owner_keeps_his_past_club() -> None:
    sentence = (
        "The technical team includes the adjunct Jim Dale, who worked alongside him at Lokeren, "
        "the goalkeeping coach Pat Moss and the fitness coach Al Bent."
    )
    assert ("Jim Dale", "KSC Lokeren", "first_team", "in_charge") in keys_of(_NEWS + sentence)


def test_his_own_aside_is_his_spell() -> None:
    """'B, who worked with him at C, also joins': the aside is B's own, C his spell."""
    keys = keys_of(_NEWS + "The goalkeeping coach Pat Moss, who worked with him at Lokeren, also joins.")
    assert ("Pat Moss", "KSC Lokeren", "first_team", "in_charge") in keys
