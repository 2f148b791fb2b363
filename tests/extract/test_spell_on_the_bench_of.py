"""A spell told as one on a club's bench (translated copy: 'a short spell on the bench of C', 'had two
passages on the bench of C'): the bench of a club is its coach's post, a spell there; a substitute sits on
the bench 'at' a club, which stays unread."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

LEAD = "Real Oviedo presented on Tuesday Marcos Pardo as their new coach, until June 2026. "


def _spells(text: str) -> set[str]:
    facts = facts_of(LEAD + text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == "Marcos Pardo" and f["event"] == "in_charge"}


def test_short_spell_on_the_bench_of_a_club() -> None:
    text = "Before joining the federation's staff he had a short spell on the bench of Racing Ferrol."
    assert "Racing Ferrol" in _spells(text)


def test_spell_on_the_bench_of_a_club_dated() -> None:
    assert "Racing Ferrol" in _spells("Pardo had a spell on the bench of Racing Ferrol in 2021.")


def test_passages_on_the_bench_of_a_club() -> None:
    assert "Racing Ferrol" in _spells("The Asturian had two passages on the bench of Racing Ferrol.")


def test_a_substitutes_bench_at_a_club_is_no_spell() -> None:
    # near-miss: a player on the bench 'at' a club is a substitute
    text = "As a player Pardo had a long spell on the bench at Racing Ferrol."
    assert "Racing Ferrol" not in _spells(text)
