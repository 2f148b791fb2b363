"""A club that "removed" its coach dismissed him ("C removed coach X", "C removed X as head coach", "replacing
X, removed last Monday"); a player removed from a squad or taken off, and an interim tag removed, are no
dismissal."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2025-10-08"  # a Wednesday


def _events(text: str, coach: str) -> set[str]:
    return {f["event"] for f in facts_of(text, PUBLISHED) if f["coach"] == coach}


@pytest.mark.parametrize(
    "text",
    [
        "Brentwick Town removed head coach Colin Marsh on Monday.",
        "Brentwick Town removed Colin Marsh as head coach on Monday.",
        "Brentwick Town named Dario Fenn to replace Colin Marsh, removed on Monday after the derby.",
    ],
)
def test_a_coach_removed_by_his_club_is_dismissed(text: str) -> None:
    assert "dismissed" in _events(text, "Colin Marsh")


@pytest.mark.parametrize(
    "text",
    [
        "Brentwick Town coach Colin Marsh removed Tom Pike at half-time.",
        "Brentwick Town have removed the interim tag from Colin Marsh.",
        "Tom Pike, removed from the squad for the derby, trained alone under coach Colin Marsh.",
    ],
)
def test_a_player_taken_off_or_a_tag_removed_is_no_dismissal(text: str) -> None:
    assert "dismissed" not in _events(text, "Tom Pike") | _events(text, "Colin Marsh")
