"""'Between his two spells at C he coached D', 'In between, he coached D': a gap inside a spell the story
told, a time before the story's; it does not follow the man to D, so the staff news after it ('The
assistant Y continues in the staff') is the story's club's. A spell dated plainly ('Between 2019 and 2022
he coached D') is no such gap and reads as before. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Stoke City have extended the contract of Tom Reddy. "
_STAFF = " The assistant Jim Dale and the fitness coach Pat Moss continue in the staff."


@pytest.mark.parametrize(
    "career",
    [
        "Between his two spells at Stoke, Reddy coached Lokeren, where he won the cup.",
        "In between, he coached Lokeren, where he won the cup.",
        "Between the two stages he trained Lokeren, with which he won the cup.",
    ],
)
def test_staff_after_a_gap_between_spells_stay_at_the_story_club(career: str) -> None:
    keys = keys_of(_NEWS + career + _STAFF)
    for aide in ("Jim Dale", "Pat Moss"):
        assert any(k[0] == aide and k[1] == "Stoke City" and k[3] == "in_charge" for k in keys)
        assert not any(k[0] == aide and k[1] == "KSC Lokeren" for k in keys)
    assert ("Tom Reddy", "KSC Lokeren", "first_team", "in_charge") in keys


def test_a_spell_dated_plainly_is_no_gap() -> None:
    keys = keys_of(_NEWS + "Between 2019 and 2022 Reddy coached Lokeren, where he won the cup." + _STAFF)
    assert any(k[0] == "Pat Moss" and k[1] == "KSC Lokeren" for k in keys)
