"""A past post told as "was (before) coach for C", as translated copy writes "för", "für": "was before coach
for the Norway U21 team", "was previously coach for A and B" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Molde have named Arne Stav as head coach. "


def _spells(text: str) -> set[tuple[str, str]]:
    keys = keys_of(text)
    return {
        (club, squad) for person, club, squad, event in keys if person == "Arne Stav" and event == "in_charge"
    }


@pytest.mark.parametrize(
    ("sentence", "spell"),
    [
        ("Stav was before coach for the Norway U21 team.", ("Norway", "national_u21")),
        ("Stav was previously coach for Rosenborg and Lillestrøm.", ("Lillestrøm", "first_team")),
    ],
)
def test_was_coach_for(sentence: str, spell: tuple[str, str]) -> None:
    assert spell in _spells(_LEAD + sentence)


def test_no_spell_for_the_next_season() -> None:
    # a plan, not a past post
    assert ("Rosenborg", "first_team") not in _spells(
        _LEAD + "Stav was previously coach for the next season at Rosenborg."
    )
