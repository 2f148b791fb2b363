"""Spells told with their country or region between the noun and the club: "had spells in Denmark with
A and B", "a stint in the Netherlands at C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Hull City appointed Karl Brandt as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Brandt also had spells in the Netherlands with Ajax and Feyenoord.",
        _LEAD + "The German coached Hertha Berlin and had spells in the Netherlands with Ajax and Feyenoord.",
        _LEAD + "He has had two spells in the Dutch Eredivisie with Ajax and Feyenoord.",
    ],
)
def test_spells_in_a_country(text: str) -> None:
    assert {"Ajax", "Feyenoord"} <= _spells(text, "Karl Brandt")


@pytest.mark.parametrize(
    "text",
    [
        # a playing career's spells
        _LEAD + "Brandt had spells in the Netherlands with Ajax and Feyenoord as a player.",
        # a holiday, no spell
        _LEAD + "Brandt spent his holidays in the Netherlands with Ajax fans.",
    ],
)
def test_no_spells_of_a_player_or_a_trip(text: str) -> None:
    assert not {"Ajax", "Feyenoord"} & _spells(text, "Karl Brandt")
