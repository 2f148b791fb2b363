"""Spells a return or move follows, told in translated copy as "experiences" or "passages": "returns to
Serie A after the experiences with A, B and C", "after his passages by A and B" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Cagliari appointed Paolo Verdi as their new coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The technician from Parma returns to Serie A after the experiences with Empoli and Torino.",
        _LEAD + "For the 55-year-old it is a return to the top flight after his experience at Empoli "
        "and Torino.",
        _LEAD + "Verdi arrived last summer after his passages by Empoli and Torino.",
    ],
)
def test_spells_told_as_experiences(text: str) -> None:
    assert {"Empoli", "Torino"} <= _spells(text, "Paolo Verdi")


@pytest.mark.parametrize(
    "text",
    [
        # a player's experiences: nothing shows him coaching
        "Cagliari signed striker Paolo Verdi. The forward returns to Serie A after the experiences with "
        "Empoli and Torino.",
        # an experience of a match, not of a club
        _LEAD + "Verdi spoke after the experience in the stands with Empoli fans.",
    ],
)
def test_no_spell_of_a_player_or_an_outing(text: str) -> None:
    assert not {"Empoli", "Torino"} & _spells(text, "Paolo Verdi")
