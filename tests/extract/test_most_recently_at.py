"""A coach's latest post told by its place ('X was most recently with C', '… has coached A and B and was
most recently at C') is a spell at that club, like 'was last at C'; a striker's latest club is none."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    facts = facts_of(text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_most_recently_at_after_a_list() -> None:
    text = (
        "Cremonese have appointed Livio Sartena as head coach. Sartena, a familiar face in the second "
        "division, has managed Cittadella and Modena and was most recently at Reggiana."
    )
    assert {"Cittadella", "Modena", "Reggiana"} <= _spells(text, "Livio Sartena")


def test_subject_was_most_recently_with_a_club() -> None:
    text = "Cremonese have appointed Livio Sartena as head coach. Sartena was most recently with Reggiana."
    assert "Reggiana" in _spells(text, "Livio Sartena")


def test_players_latest_club_is_no_spell() -> None:
    # near-miss: a striker's latest club
    text = (
        "Cremonese have appointed Livio Sartena as head coach. Striker Nico Ballardi, who was most "
        "recently at Reggiana, also joined on Monday."
    )
    assert "Reggiana" not in _spells(text, "Nico Ballardi")
