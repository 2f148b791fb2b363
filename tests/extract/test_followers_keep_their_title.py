"""An aide who follows his boss is appointed with his own title when the text gives one ("Fitness
coach X follows him", "His fitness coach, X, follows him to C"); with none ("His friend, X, follows
him") the follower is an assistant as before."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_MOVE = "Stoke City manager Tom Mercer has left for Burnley. "


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    return {(f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(text, "2026-06-03")}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Fitness coach Jan Lund follows him to Turf Moor.", "fitness_coach"),
        ("His fitness coach, Jan Lund, follows him to Turf Moor.", "fitness_coach"),
        ("Goalkeeping coach Jan Lund has followed him.", "goalkeeping_coach"),
    ],
)
def test_a_follower_keeps_the_title_the_text_gives(sentence: str, role: str) -> None:
    assert ("Jan Lund", "Burnley", role, "appointed") in _roles(_MOVE + sentence)


def test_a_follower_with_no_title_is_an_assistant() -> None:
    roles = _roles(_MOVE + "His long-time friend, Jan Lund, follows him to Turf Moor.")
    assert ("Jan Lund", "Burnley", "assistant_coach", "appointed") in roles
