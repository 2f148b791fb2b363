"""A descriptor tells a playing past with "ex-" and "one-time" as well as "former" ("the ex-Roma striker",
"the one-time winger"): a list of spells in such a sentence with no coaching word is his playing career. The
career pairs read the same cue, so a spell list the rules refuse as a player's does not come back as a
low-confidence guess (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_KELLER = "Valencia have appointed Jonas Keller as head coach. "


def _spells(text: str) -> set[str]:
    return {
        club
        for person, club, _squad, event in keys_of(text)
        if person == "Jonas Keller" and event == "in_charge"
    }


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            _KELLER + "The ex-Roma striker had a long career with Roma, Napoli and Torino.",
            {"Roma", "Napoli", "Torino"},
        ),
        (_KELLER + "Keller, an ex-Porto winger, had spells at Braga and Boavista.", {"Braga", "Boavista"}),
        (
            _KELLER + "The one-time full-back had spells at Mainz and Freiburg.",
            {"1. FSV Mainz 05", "SC Freiburg"},
        ),
        (
            _KELLER + "Keller had spells at Mainz and Freiburg during his playing days.",
            {"1. FSV Mainz 05", "SC Freiburg"},
        ),
    ],
)
def test_a_playing_past_told_by_ex_or_one_time_is_no_list_of_spells(text: str, clubs: set[str]) -> None:
    assert not clubs & _spells(text)


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        # a coaching word in the sentence: the spells beside it are a coach's
        (
            _KELLER + "The one-time midfielder managed Mainz and had spells at Freiburg and Bochum.",
            {"1. FSV Mainz 05", "SC Freiburg", "VfL Bochum"},
        ),
        # no player's cue at all
        (_KELLER + "Keller had spells at Mainz and Freiburg.", {"1. FSV Mainz 05", "SC Freiburg"}),
        # his career at one club, as a player and then as its coach
        (
            _KELLER + "Keller spent most of his career at Bochum, first as a player and then as head coach.",
            {"VfL Bochum"},
        ),
    ],
)
def test_spells_told_beside_coaching_words_still_read(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text)
