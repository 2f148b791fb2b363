"""A trophy won with the club or squad just named: "arrives from C, with whom he was champion twice", "the
Olympic team, with which he won the bronze medal" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Hull City have appointed Karl Brandt as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Brandt arrives from Feyenoord, with whom he was champion twice.",
        _LEAD + "Brandt arrives from Feyenoord, with which he won the Dutch Cup in 2018.",
        _LEAD + "Brandt left Feyenoord, with whom he had become a two-time champion, in May.",
    ],
)
def test_trophy_won_with_the_club_named(text: str) -> None:
    assert "Feyenoord" in _spells(text, "Karl Brandt")


@pytest.mark.parametrize(
    "text",
    [
        # a player's trophy: nothing shows him coaching
        "Hull City have signed the midfielder Karl Brandt, who arrives from Feyenoord, with whom he won it.",
        # played against the club, won nothing with it
        _LEAD + "Brandt faced Feyenoord, with whom he drew twice last season.",
    ],
)
def test_no_spell_from_a_players_trophy_or_a_game(text: str) -> None:
    assert "Feyenoord" not in _spells(text, "Karl Brandt")
