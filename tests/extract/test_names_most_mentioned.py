"""A pair the press names most is linked, as one man 'the name most mentioned' is: 'Dean Holt and Mark Rees
are the names most mentioned to succeed him', 'are the names most heard for the bench'. Not names most
feared or loved (no press naming them)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Hull sacked Tom Carr on Monday. "


def _linked(text: str) -> set[str]:
    return {
        coach for coach, club, _squad, event in keys_of(text) if club == "Hull City" and event == "linked"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Holt and Mark Rees are the names most mentioned to succeed him.",
        "Dean Holt and Mark Rees were the names most heard for the bench.",
    ],
)
def test_the_names_most_mentioned_are_linked(sentence: str) -> None:
    assert {"Dean Holt", "Mark Rees"} <= _linked(_VACANCY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Holt and Mark Rees are the names most feared by the league's defenders.",
        "Dean Holt and Mark Rees are the names most loved by the fans.",
    ],
)
def test_names_most_feared_are_no_candidates(sentence: str) -> None:
    assert not {"Dean Holt", "Mark Rees"} & _linked(_VACANCY + sentence)
