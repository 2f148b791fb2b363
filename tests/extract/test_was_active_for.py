"""Translated German copy tells a coach's earlier posts as where he 'was active' ('Before, he was active
for A and B'): each club a spell, kept only for a man shown coaching (a player is 'active for' a club
too)."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    facts = facts_of(text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_coach_was_active_for_two_clubs() -> None:
    text = (
        "Augsburg have appointed Jens Kollmar as new head trainer. Before, Kollmar was active for Arminia "
        "Bielefeld and SV Sandhausen, and he led the U19 of Mainz 05."
    )
    assert {"Arminia Bielefeld", "SV Sandhausen"} <= _spells(text, "Jens Kollmar")


def test_coach_was_previously_active_at_a_club() -> None:
    text = (
        "Augsburg have appointed Jens Kollmar as new head trainer. Kollmar was previously active at "
        "Holstein Kiel."
    )
    assert "Holstein Kiel" in _spells(text, "Jens Kollmar")


def test_player_active_for_clubs_is_no_spell() -> None:
    # near-miss: a striker's clubs, no coaching told of him
    text = (
        "Augsburg have appointed Jens Kollmar as new head trainer. Striker Timo Rehfeld, who was active for "
        "Arminia Bielefeld and SV Sandhausen, signed a contract too."
    )
    assert not _spells(text, "Timo Rehfeld") & {"Arminia Bielefeld", "SV Sandhausen"}
