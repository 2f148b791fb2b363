"""'brought C to the final', 'took C back to the Premier League', 'brought C back to Serie A', 'taking C
to LaLiga': a club a coach brought somewhere (or back to the division it had lost) is a spell of his.
Not a club brought to the negotiating table, nor a player's goals that brought a side back up."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Lund brought Sassuolo back to Serie A in 2019.", "Sassuolo"),
        ("Lund, 44, who took Leicester City back to the Premier League, is a Dane.", "Leicester City"),
        ("Before that he brought Iceland to the quarter-finals of the European Championship.", "Iceland"),
        ("Lund brought Vasco da Gama back to the top flight in Brazil last year.", "Vasco da Gama"),
        ("Lund is best known for taking Girona from the third tier to LaLiga.", "Girona"),
        ("Lund had taken Burnley back into the top flight within a single season.", "Burnley"),
    ],
)
def test_a_club_brought_somewhere_is_his_spell(sentence: str, club: str) -> None:
    facts = keys_of(_LEAD + sentence)
    squad = "national" if club == "Iceland" else "first_team"
    assert ("Erik Lund", club, squad, "in_charge") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund brought Sassuolo to the negotiating table in 2019.",
        "Lund's goals brought Sassuolo back to Serie A in 2019.",
        "Lund brought Sassuolo back to the training ground after the break.",
    ],
)
def test_no_feat_no_spell(sentence: str) -> None:
    assert ("Erik Lund", "Sassuolo", "first_team", "in_charge") not in keys_of(_LEAD + sentence)
