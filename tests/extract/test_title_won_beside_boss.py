"""A title an aide won with his head coach ("the assistant of Y, with whom he won the league at C") is told
through the boss: the spell at C is Y's as its head coach, the aide's there an assistant's (sentences of our
own)."""

from __future__ import annotations

from extract_helpers import facts_of

_KELLER = "Valencia have appointed Jonas Keller as head coach. "


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["role"]) for f in facts_of(text) if f["event"] == "in_charge"}


def test_the_title_won_with_his_boss_is_the_bosss_spell() -> None:
    posts = _posts(
        _KELLER + "He was previously the assistant of Paul Morel, with whom he won the league at Nantes."
    )
    assert ("Paul Morel", "FC Nantes", "head_coach") in posts
    assert ("Jonas Keller", "FC Nantes", "assistant_coach") in posts
    assert ("Jonas Keller", "FC Nantes", "head_coach") not in posts


def test_a_title_won_with_a_club_stays_the_subjects() -> None:
    posts = _posts(
        _KELLER + "He was previously the assistant of Paul Morel at Rennes, and won the league with Nantes."
    )
    assert ("Jonas Keller", "FC Nantes", "head_coach") in posts
    assert not any(coach == "Paul Morel" and club == "FC Nantes" for coach, club, _role in posts)
