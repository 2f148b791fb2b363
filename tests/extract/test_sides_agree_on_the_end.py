"""A club and its coach parting as translated copy tells it: 'C and X have agreed on the end of their
collaboration', 'C and X have decided to separate (by common agreement)', 'have decided to part ways'.
Not an agreement on a new deal, nor a decision to go on together. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_BEFORE = "Real Betis coach Marco Vella won the cup in May. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Real Betis and Marco Vella have agreed on the end of their collaboration, the Andalusian club "
        "said on Monday.",
        "Real Betis and Marco Vella have agreed upon the termination of their working relationship.",
        "Real Betis and Marco Vella have decided to separate by common agreement.",
        "Real Betis and Marco Vella have decided to part ways after the defeat in Sevilla.",
    ],
)
def test_both_sides_ending_it_is_a_departure(sentence: str) -> None:
    assert ("Marco Vella", "Real Betis", "first_team", "left") in keys_of(_BEFORE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Real Betis and Marco Vella have agreed on the terms of a new contract.",
        "Real Betis and Marco Vella decided to continue their collaboration.",
        "Real Betis and Marco Vella have agreed on the end of the season as the date for talks.",
    ],
)
def test_going_on_together_is_no_departure(sentence: str) -> None:
    keys = keys_of(_BEFORE + sentence)
    assert ("Marco Vella", "Real Betis", "first_team", "left") not in keys
