"""'Former Lincoln boss X', 'Ex-Chester manager X': a club's context-only short name (a town or surname
too) before a manager's title is that club when the sentence opens with "Former" or "Ex-", as it is
without them ("Lincoln boss X"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Carlisle United have sacked manager Tom Reid. "


@pytest.mark.parametrize(
    ("sentence", "spell"),
    [
        (
            "Former Lincoln boss Gary Lyle is among the names being considered.",
            ("Gary Lyle", "Lincoln City", "first_team", "in_charge"),
        ),
        (
            "Ex-Chester manager Paul Reston has also applied for the job.",
            ("Paul Reston", "Chester FC", "first_team", "in_charge"),
        ),
    ],
)
def test_former_boss_of_a_club_told_by_its_short_name(sentence: str, spell: tuple) -> None:
    keys = keys_of(_LEAD + sentence)
    assert spell in keys
    assert (spell[0], "Carlisle United", "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # a player's title: no coaching post at the club
        "Former Lincoln striker Gary Lyle is among the names being considered.",
        # a short name several clubs share tells no club
        "Former United boss Gary Lyle is among the names being considered.",
    ],
)
def test_no_club_from_the_short_name(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert not any(k[0] == "Gary Lyle" and k[1] in ("Lincoln City", "Manchester United") for k in keys)
