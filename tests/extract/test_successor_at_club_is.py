"""'His successor at C is X' (translated German and Dutch copy): the club named after "successor at" —
by name, town or ground — appoints X, even in a story that has moved to the club the man before him
joined. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_MOVE = "Head coach Marco Lindt leaves Burton Albion and takes over at Lincoln City. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His successor at Burton Albion is Dario Keller, until now coach of Stevenage.",
        "His successor at the Pirelli Stadium is Dario Keller.",
        "The new successor at Burton will be Dario Keller.",
        "His replacement at Burton Albion is the Swiss Dario Keller.",
    ],
)
def test_successor_at_a_club_is_appointed_there(sentence: str) -> None:
    keys = keys_of(_MOVE + sentence, "2024-06-02")
    assert ("Dario Keller", "Burton Albion", "first_team", "appointed") in keys
    assert ("Dario Keller", "Lincoln City", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "His successor at Burton Albion is not yet known.",  # no man named
        "Dario Keller, his successor at Burton Albion in 2019, is now at Stevenage.",  # no 'is X'
    ],
)
def test_no_successor_named_after_the_club_reads_no_appointment(sentence: str) -> None:
    keys = keys_of(_MOVE + sentence, "2024-06-02")
    assert ("Dario Keller", "Burton Albion", "first_team", "appointed") not in keys
