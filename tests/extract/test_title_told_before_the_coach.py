"""A title won with a club told first, the coach named right after it: "A three-time Scottish champion with
Kilmarnock, Declan Orr also coached Partick Thistle", "Champion with Kilmarnock in 2015, Orr ..." give his
spell at Kilmarnock, as "Orr, a three-time champion with Kilmarnock, ..." did. Not a world champion (a
player's title, mostly), nor a title won as a player, nor a club told as the champion. Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_NEWS = "Walsall have appointed Declan Orr as their new manager. "


@pytest.mark.parametrize(
    "text",
    [
        "A three-time Scottish champion with Kilmarnock, Orr also coached Partick Thistle.",
        "Champion with Kilmarnock in 2015, Orr later spent two seasons in Cyprus.",
    ],
)
def test_a_title_told_before_the_coach_is_a_spell(text: str) -> None:
    assert "Kilmarnock" in spells_of(_NEWS + text, "Declan Orr")


@pytest.mark.parametrize(
    "text",
    [
        "A world champion with Scotland, Orr also coached Partick Thistle.",
        "A three-time Scottish champion with Kilmarnock as a player, Orr also coached Partick Thistle.",
        "Champions with Kilmarnock last season, the club dismissed Orr's predecessor.",
    ],
)
def test_no_spell_from_a_players_title(text: str) -> None:
    spells = spells_of(_NEWS + text, "Declan Orr")
    assert "Kilmarnock" not in spells and "Scotland" not in spells
