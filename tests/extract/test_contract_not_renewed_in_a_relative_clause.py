"""'X, whose contract was not renewed after the relegation, …', 'worked under X, whose deal was not
extended', 'X's contract was not extended in the summer': the term ran out and the club kept him no
longer, a departure. A contract extended or still running is no departure. Written for these tests in
our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Altrincham have appointed Owen Marsh as their new manager. "
_LEFT = ("Kieran Dale", "Altrincham", "first_team", "left")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kieran Dale, whose contract was not renewed after the relegation, began his spell in 2019.",
        "Marsh once worked under Kieran Dale, whose deal was not extended in May.",
        "Kieran Dale's contract was not extended in the summer.",
        "Kieran Dale, whose contract expired in April, is now without a club.",
    ],
)
def test_a_term_not_renewed_is_a_departure(sentence: str) -> None:
    assert _LEFT in keys_of(_NEWS + sentence, "2024-06-02")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kieran Dale, whose contract was extended in May, stays on as an assistant.",
        "Kieran Dale, whose contract runs until 2026, stays on as an assistant.",
    ],
)
def test_a_term_extended_or_running_is_no_departure(sentence: str) -> None:
    assert _LEFT not in keys_of(_NEWS + sentence, "2024-06-02")
