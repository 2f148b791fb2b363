"""An arrival from a club told with the place he came to between the verb and "from": "had arrived in
Scotland in the summer of 2023 from C", "came to Glasgow last year from C": he left C (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Rangers have sacked manager Pieter Hals after a run of five defeats. "


def _left(text: str) -> set[str]:
    keys = keys_of(text)
    return {club for person, club, _squad, event in keys if person == "Pieter Hals" and event == "left"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hals had arrived in Scotland in the summer of 2023 from Utrecht.",
        "The Dutchman came to Glasgow last year from Utrecht.",
    ],
)
def test_arrival_from_a_club(sentence: str) -> None:
    assert "FC Utrecht" in _left(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # where he grew up: no club left
        "Hals arrived in Scotland as a boy from Utrecht.",
        # a trip, not a move
        "Hals returned from Utrecht on Sunday after watching a game.",
    ],
)
def test_no_departure_from_a_hometown_or_a_trip(sentence: str) -> None:
    assert "FC Utrecht" not in _left(_LEAD + sentence)
