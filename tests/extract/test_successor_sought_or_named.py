"""'still looking for X's successor', 'to find X's replacement', 'Y, X's replacement, arrives': the post X
left is the one sought or filled, as 'named as X's successor' tells. A player's replacement 'in midfield'
is no coach's exit. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Burnley sacked their assistant Tom Hale on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The club are still looking for Mark Dunn's successor.",
        "Paul Kerr, Mark Dunn's replacement, arrives from Luton Town.",
        "The board hope to find Mark Dunn's replacement before the new season.",
    ],
)
def test_the_man_whose_successor_is_sought_left(sentence: str) -> None:
    assert ("Mark Dunn", "Burnley", "first_team", "left") in keys_of(_NEWS + sentence)


def test_a_replacement_in_midfield_is_a_players() -> None:
    keys = keys_of(_NEWS + "The club want to find Mark Dunn's replacement in midfield.")
    assert not any(k[0] == "Mark Dunn" for k in keys)
