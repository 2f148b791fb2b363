"""A trophy told in a sentence about a man's playing career ("He played for C, winning the Cup with C",
"As a midfielder he …, winning the Cup with A and with B", "He played for C's Olympic team, with which he won
the bronze") is a player's trophy, not a coaching spell, even for a man shown coaching elsewhere in the story
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Karl Brandt as head coach. "


def _spells(text: str) -> set[tuple[str, str]]:
    return {
        (club, squad)
        for person, club, squad, event in keys_of(text)
        if person == "Karl Brandt" and event == "in_charge"
    }


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The German played for Feyenoord, winning the league with Feyenoord in 2009 and 2011.",
        _LEAD
        + "As a defender he spent three seasons at Ajax, winning the league with them and with Feyenoord.",
        _LEAD + "Brandt played for Germany's Olympic team, with which he won the silver medal in 2016.",
        _LEAD + "The former striker won the cup with Feyenoord in his playing days.",
    ],
)
def test_no_spell_from_a_playing_career_trophy(text: str) -> None:
    spells = _spells(text)
    assert not any(club in ("Feyenoord", "Germany") for club, _squad in spells)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: coaching told in the same sentence, or no playing word at all
        _LEAD + "The former defender later coached Feyenoord, winning the league with Feyenoord in 2019.",
        _LEAD + "The German has had a long career, winning the league with Ajax in 2012 and with Feyenoord.",
        _LEAD + "He arrives from Feyenoord, with whom he won the league twice.",
    ],
)
def test_coaching_trophies_still_read(text: str) -> None:
    assert ("Feyenoord", "first_team") in _spells(text)
