"""'For X it is a return after the exoneration at C' (translated "dopo l'esonero"), 'X, back after the
sacking by C in May': a sacking told as a bare noun is the sentence's man's, at the club right after it.
Not when the man took over or was named after it (another man's sacking), nor "the sacking at C of Y".
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Empoli have appointed Marco Conti. "


@pytest.mark.parametrize(
    "sentence",
    [
        "For Conti, 52, this is a comeback after the exoneration at Cagliari last winter.",
        "Conti, back after the sacking by Cagliari in May, is happy.",
        "Conti has not coached since the dismissal at Cagliari last year.",
    ],
)
def test_bare_sacking_noun_is_the_mans_own(sentence: str) -> None:
    assert ("Marco Conti", "Cagliari", "first_team", "dismissed") in keys_of(_NEWS + sentence, "2024-06-02")


@pytest.mark.parametrize(
    "sentence",
    [
        "Conti took over after the sacking at Cagliari of Luca Verdi.",
        "Conti was named after the dismissal by Cagliari.",
        "Conti replaces Luca Verdi after the sacking at Cagliari.",
    ],
)
def test_a_sacking_another_man_suffered_is_not_his(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert ("Marco Conti", "Cagliari", "first_team", "dismissed") not in keys
