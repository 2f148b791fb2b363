"""A club's squad named as its coach's, as translated press writes it ("the rossoneri first team of X",
"the Lyon women's team of Y"): he coaches that squad (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "AC Milan have appointed Daniele Oddo as coach of their reserve side Milan Futuro. "


@pytest.mark.parametrize(
    "told",
    [
        "The rossoneri first team of Marco Galli is not affected by the move.",
        "Meanwhile the Milan first team of Marco Galli prepares for the derby.",
    ],
)
def test_first_team_of_its_coach(told: str) -> None:
    assert ("Marco Galli", "AC Milan", "first_team", "in_charge") in keys_of(_LEAD + told)


@pytest.mark.parametrize(
    "other",
    [
        # a club of a player, a squad's match against a club: no coach
        "The first team of Milan signed Paulo Fonseca's son.",
        "The Milan first team beat Paulo Fonseca's old club.",
    ],
)
def test_no_coach_without_a_squad_of_him(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert not {k for k in keys if k[0] == "Paulo Fonseca"}
