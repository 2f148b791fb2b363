"""A spell told with its end in one sentence: "X managed C from 2018 to 2020 before leaving to become Y's
assistant", "X is best known for his work at C, whom he took to the final, before leaving the club"
record his departure from C (the club right after the verb of his spell, or after a coaching title: "spent
five years as an assistant coach at C before leaving in 2020"). Not an opponent ("a 3-1 win over C before
leaving"), nor a club he only visited, played for or scouted for."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEW_MAN = "Hartberg have appointed Markus Feld as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Feld managed Sturm Graz from 2018 to 2020 before leaving to become an assistant in Germany.",
        "Feld is best known for his work at Sturm Graz, whom he took to the final, before leaving the club.",
        "Feld led Sturm Graz to third in 2021, including a win over Celtic, before leaving for Japan.",
        # a staff title at the club tells the spell: "as an assistant coach at C"
        "Feld spent five years as an assistant coach at Sturm Graz before leaving in 2020.",
        "Feld was the goalkeeping coach at Sturm Graz before leaving in 2020.",
    ],
)
def test_spell_then_leaving_is_a_departure(sentence: str) -> None:
    assert ("Markus Feld", "Sturm Graz", "first_team", "left") in keys_of(_NEW_MAN + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an opponent of his last game, not his club
        "Feld took charge of one last game, a 3-1 win over Sturm Graz, before leaving.",
        # no spell of his: a visit
        "Feld watched Sturm Graz train on Tuesday before leaving.",
        # years at a club with no coaching title: a player's spell is told so too
        "Feld spent nine years at Sturm Graz as a player before leaving for Italy.",
        "Feld was a scout at Sturm Graz before leaving in 2020.",
    ],
)
def test_no_departure_from_an_opponent_or_a_plan(sentence: str) -> None:
    assert ("Markus Feld", "Sturm Graz", "first_team", "left") not in keys_of(_NEW_MAN + sentence)
