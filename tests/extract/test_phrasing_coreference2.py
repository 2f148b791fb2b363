"""Who 'he', 'the Dane' or a bare surname means, in our own words: a lone capitalised word read as a
person ('The Emperor', 'the Millers') is nobody a pronoun refers to; a clause joined by 'and' goes on
about the subject, not a man named after 'of'/'to'; descriptors naming a nationality or a former
club; 'the latter' / 'the former'; relatives sharing a surname."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _about(text: str, coach: str) -> set[tuple[str, str, str]]:
    return {(k[1], k[2], k[3]) for k in keys_of(text) if k[0] == coach}


@pytest.mark.parametrize(
    "aside",
    [
        "The Professor, as supporters call him, previously coached Wigan Athletic.",
        "The Millers had sacked him before, and he previously coached Wigan Athletic.",
    ],
)
def test_a_nickname_word_is_nobody_a_pronoun_means(aside: str) -> None:
    text = "Bolton Wanderers have appointed Tom Raddle as their new manager on a two-year deal. " + aside
    assert ("Wigan Athletic", "first_team", "in_charge") in _about(text, "Tom Raddle")
