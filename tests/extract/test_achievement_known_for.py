"""'X is best known for winning two titles with C', 'is remembered for lifting the cup with C': the feat a
coach is known by is a spell of his at that club. Not when the feat is a player's ('… with C as a player')."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


@pytest.mark.parametrize(
    ("sentence", "club", "squad"),
    [
        ("Lund is best known for winning two league titles with Rosenborg.", "Rosenborg", "first_team"),
        ("Lund is remembered for lifting the Norwegian Cup with Molde in 2014.", "Molde", "first_team"),
        ("Lund is most famous for winning a bronze with Norway's under-23 team.", "Norway", "national_u23"),
    ],
)
def test_the_feat_he_is_known_by_is_his_spell(sentence: str, club: str, squad: str) -> None:
    assert ("Erik Lund", club, squad, "in_charge") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund is best known for winning two league titles with Rosenborg as a player.",
        "Lund is best known for his goals against Rosenborg.",
    ],
)
def test_a_players_feat_is_no_spell(sentence: str) -> None:
    assert ("Erik Lund", "Rosenborg", "first_team", "in_charge") not in keys_of(_LEAD + sentence)
