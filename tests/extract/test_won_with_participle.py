"""A trophy won with a club, told by a participle of the sentence's subject: "…, winning the Cup with A in
2012 and with B in 2015", "…, lifting the trophy with C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Hull City have appointed Karl Brandt as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The German has had a long career, winning the league with Ajax in 2012 and with Feyenoord.",
        _LEAD
        + "Brandt is one of few coaches to win it twice, lifting the trophy with Ajax and with Feyenoord.",
    ],
)
def test_trophies_won_told_by_a_participle(text: str) -> None:
    assert {"Ajax", "Feyenoord"} <= _spells(text, "Karl Brandt")


@pytest.mark.parametrize(
    "text",
    [
        # a player's trophies: nothing shows him coaching
        "Hull City have signed Karl Brandt. The midfielder had a long career, winning the league with Ajax.",
        # won as a player, said so
        _LEAD + "The German had a long career, winning the league with Ajax in 2012 as a player.",
    ],
)
def test_no_spell_from_a_players_trophy(text: str) -> None:
    assert "Ajax" not in _spells(text, "Karl Brandt")
