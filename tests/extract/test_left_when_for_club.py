"""A departure told with its when between the verb and the new club ("left in February for C", "departed
last July for C"): he left the club in view then, and took the post at C; a player's move (no coaching
word, nobody's coach) stays unread."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Hull City were relegated on Saturday. Ben Moore, appointed in June 2022, left in February for "
            "Genoa before the season had started.",
            "2023-02-01",
        ),
        (
            "Hull City were relegated on Saturday. Their coach Ben Moore departed last July for Genoa.",
            "2022-07-01",
        ),
    ],
)
def test_left_then_for_club(text: str, when: str) -> None:
    facts = {
        (f["club"], f["event"]): f["date"] for f in facts_of(text, "2023-05-20") if f["coach"] == "Ben Moore"
    }
    assert facts[("Hull City", "left")] == when
    assert ("Genoa", "appointed") in facts


def test_a_players_move_with_its_when_is_not_read() -> None:
    text = "Hull City lost 2-0 at home. Striker Ben Moore left in January for Napoli."
    assert not any(f["coach"] == "Ben Moore" for f in facts_of(text, "2023-05-20"))
