"""A spell told with its league or country before the club, in a relative clause too: "who previously
coached in the Eredivisie with C", "who had worked in China at C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    "text",
    [
        "Hull City appointed Karl Brandt, who previously coached in the Eredivisie with Feyenoord.",
        "Hull City appointed Karl Brandt. Brandt, who had coached in the Netherlands with Feyenoord, "
        "replaces Tim Walter.",
        "Hull City appointed Karl Brandt. Brandt previously coached in the Eredivisie with Feyenoord.",
    ],
)
def test_coached_in_a_league_with_a_club(text: str) -> None:
    assert "Feyenoord" in _spells(text, "Karl Brandt")


@pytest.mark.parametrize(
    "text",
    [
        # a match played in a competition against the club
        "Hull City appointed Karl Brandt, who previously played in the Eredivisie against Feyenoord.",
        # a holiday with people of the club
        "Hull City appointed Karl Brandt, who previously stayed in the Netherlands with Feyenoord fans.",
    ],
)
def test_no_spell_from_a_game_or_a_stay(text: str) -> None:
    assert "Feyenoord" not in _spells(text, "Karl Brandt")
