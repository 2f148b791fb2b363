"""A coach who 'will not remain with the club', 'will not remain in charge' or 'will not stay on the staff'
leaves, as one who 'will not continue' does. Staying needs the post it keeps: not 'will not stay long in
the city', 'will not stay at home', 'will not remain silent'. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_BEFORE = "Real Betis have named Luis Soto as coach. Real Betis assistant Marco Vella won the cup in May. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Vella will not remain with the club, Real Betis said.",
        "Vella will not remain at Real Betis beyond the summer.",
        "Vella will not stay on the coaching staff.",
        "Vella will not stay on as assistant.",
        "Vella will not remain in charge next season.",
    ],
)
def test_not_staying_on_is_a_departure(sentence: str) -> None:
    assert ("Marco Vella", "Real Betis", "first_team", "left") in keys_of(_BEFORE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vella will not stay long in Seville, he joked.",
        "Vella said he will not stay at home during the break.",
        "Vella will not remain silent about the referees.",
    ],
)
def test_staying_that_names_no_post_is_none(sentence: str) -> None:
    assert ("Marco Vella", "Real Betis", "first_team", "left") not in keys_of(_BEFORE + sentence)
