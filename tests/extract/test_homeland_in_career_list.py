"""A national team named as the coach's homeland in his career: "coached A, B and his native C", "then
coached his own country, C, from 2019 to 2022" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Ghana have appointed Tomas Varga as head coach. "


def _spells(text: str) -> set[str]:
    return {
        club
        for person, club, _squad, event in keys_of(text)
        if person == "Tomas Varga" and event == "in_charge"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Varga previously coached Zambia, Uganda and his native Slovakia.",
        "He then coached his own country, Slovakia, from 2019 to 2022.",
        "He later led his country, Slovakia, for three years.",
    ],
)
def test_homeland_in_a_career(sentence: str) -> None:
    assert "Slovakia" in _spells(_LEAD + sentence)


def test_no_spell_of_a_players_homeland() -> None:
    assert "Slovakia" not in _spells(_LEAD + "Varga played for his native Slovakia in the 1990s.")
