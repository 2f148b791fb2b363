"""An aide's past post told in translated copy's words: "was second trainer in C" (the Polish "drugi trener"),
"was the second coach at C", "was assistant coach in C": a staff spell at C (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Lech Poznan have appointed Adam Kowal as head coach. "


def _spells(text: str) -> set[str]:
    return {
        club
        for coach, club, _squad, event in keys_of(text)
        if coach == "Piotr Nowak" and event == "in_charge"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier Piotr Nowak was second trainer in Jagiellonia Bialystok.",
        "Piotr Nowak was the second coach at Jagiellonia Bialystok for two seasons.",
        "Before, Piotr Nowak trained Wisla Krakow and was assistant coach in Jagiellonia Bialystok.",
    ],
)
def test_a_translated_aide_title_is_a_staff_spell(sentence: str) -> None:
    assert "Jagiellonia Białystok" in _spells(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "in" a game against the club, not at it
        "Piotr Nowak was assistant coach in the 2-1 win over Jagiellonia Bialystok.",
        # a second-choice goalkeeper is no aide
        "Piotr Nowak was the second goalkeeper in Jagiellonia Bialystok.",
    ],
)
def test_no_staff_spell_without_the_club_as_his_post(sentence: str) -> None:
    assert "Jagiellonia Białystok" not in _spells(_LEAD + sentence)
