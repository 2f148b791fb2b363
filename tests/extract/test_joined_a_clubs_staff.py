"""'X joined Brentford's coaching staff as an assistant last season', 'X, who joined the Bees' staff last
summer, …': an aide's arrival at the club that owns the staff, an appointment of its own beside a later
promotion there. Not another verb ('watched C's staff celebrate'), nor a squad joined as a player.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Brentford have named Marco Vella as their new head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Vella joined Brentford's coaching staff as an assistant last season.",
        "Vella, who joined Brentford's backroom staff in 2021, impressed the owners.",
        "Vella joined Brentford's staff in January 2020 after six seasons as coach of Wycombe Wanderers.",
    ],
)
def test_joining_a_clubs_staff_is_an_aides_appointment(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence)
    aide = [f for f in facts if f["club"] == "Brentford" and f["event"] == "appointed"]
    assert any(f["role"] == "assistant_coach" for f in aide)
    assert len(aide) == 2  # the aide's arrival and the promotion told first


@pytest.mark.parametrize(
    "sentence",
    [
        "Vella watched Brentford's staff celebrate the win.",
        "Vella joined Brentford's squad in 2010 as a midfielder.",
    ],
)
def test_no_staff_joined_is_no_second_appointment(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence)
    assert len([f for f in facts if f["club"] == "Brentford" and f["event"] == "appointed"]) == 1
