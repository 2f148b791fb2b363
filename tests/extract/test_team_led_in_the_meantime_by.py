"""A spell told in the passive with its time between the participle and "by": "the team was led in the
meantime by X", "C had been led since the summer by X", "the side was guided for now by X": X in charge of
that side. A bare "were led by X" stays unread (a match report's captain leads a side too). Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    return {f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Motherwell dismissed Graham Alexander in March, and the team was led in the meantime by "
            "Stuart Kettlewell as interim.",
            "Stuart Kettlewell",
            "Motherwell",
        ),
        (
            "Aberdeen have appointed Jimmy Thelin. Kilmarnock had been led since the autumn by Derek "
            "McInnes, who stays.",
            "Derek McInnes",
            "Kilmarnock",
        ),
        (
            "Dundee United sacked Jack Ross on Monday. The side was guided in the meantime by Liam Fox.",
            "Liam Fox",
            "Dundee United",
        ),
    ],
)
def test_passive_spell_with_its_time_is_read(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)


def test_a_side_led_by_its_captain_gives_no_spell() -> None:
    text = "Celtic beat Rangers 2-1 on Sunday. Rangers were led by James Tavernier, who scored a penalty."
    assert "Rangers" not in _spells(text, "James Tavernier")
