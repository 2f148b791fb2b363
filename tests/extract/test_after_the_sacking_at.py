"""'For X it is a return after the exoneration at C' (translated "dopo l'esonero"), 'X, back after the
sacking by C in May': a sacking told as a bare noun is the sentence's man's, at the club right after it.
Not when the man took over or was named after it (another man's sacking), nor "the sacking at C of Y".
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

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


@pytest.mark.parametrize(
    "sentence",
    [
        "Conti said the mood lifted after the sacking at Cagliari.",
        "Conti spoke to Luca Verdi after the sacking at Cagliari last week.",
        "Conti met Luca Verdi following the dismissal by Cagliari.",
    ],
)
def test_a_man_who_speaks_of_a_sacking_or_is_spoken_to_is_not_its_subject(sentence: str) -> None:
    """(The older low-confidence fallback for a bare sacking word, 0.5, is not this rule's.)"""
    facts = facts_of(_NEWS + sentence, "2024-06-02")
    sacked = [f for f in facts if f["club"] == "Cagliari" and f["event"] == "dismissed"]
    assert not any(f["confidence"] > 0.5 for f in sacked)
