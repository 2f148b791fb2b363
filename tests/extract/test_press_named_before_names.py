"""The press's candidates told in translated word order, the verb before the names: "In the media were also
mentioned A and B", "Also mentioned in the press were A and B", "Had also circulated the name of X". Near
misses: something of a man's mentioned ("In the media was mentioned X's injury"), a ball circulated."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Hallam FC have sacked Joe Platt. "


@pytest.mark.parametrize(
    "sentence",
    [
        "In the media were also mentioned Sam Field and Tom Lee.",
        "Also mentioned in the press were Sam Field and Tom Lee.",
        "Had also circulated the names of Sam Field and Tom Lee.",
    ],
)
def test_names_after_the_press_verb_are_rumours(sentence: str) -> None:
    keys = keys_of(_OPENING + sentence)
    for name in ("Sam Field", "Tom Lee"):
        assert (name, "Hallam FC", "first_team", "linked") in keys


@pytest.mark.parametrize(
    "sentence",
    ["In the media was mentioned Sam Field's injury.", "Sam Field circulated the ball well."],
)
def test_no_candidate_named(sentence: str) -> None:
    assert ("Sam Field", "Hallam FC", "first_team", "linked") not in keys_of(_OPENING + sentence)
