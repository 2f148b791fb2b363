"""A coach's first post told as where he 'started out' ('Before that she coached A and B, and started out
at C', 'X started out with C's under-19s') is a spell at that club; a man shown only as a player who
'started out at' a club gets none."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[tuple[str, str]]:
    facts = facts_of(text, "2024-05-01")
    return {(f["club"], f["squad"]) for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_started_out_at_after_a_list_of_clubs() -> None:
    text = (
        "Motherwell have named Dougie Brand as their new manager. Before that Brand was in charge of "
        "Arbroath and Montrose, and he started out at Stranraer."
    )
    assert ("Stranraer", "first_team") in _spells(text, "Dougie Brand")


def test_subject_started_out_with_a_youth_side() -> None:
    text = (
        "Motherwell have named Dougie Brand as their new manager. Brand started out with Dundee United's "
        "under-18s nearly twenty years ago."
    )
    assert ("Dundee United", "u18") in _spells(text, "Dougie Brand")


def test_a_players_start_is_no_spell() -> None:
    # near-miss: a striker's start, no coaching told of him
    text = (
        "Motherwell have named Dougie Brand as their new manager. Striker Lewis Cairns, who started out at "
        "Stranraer, scored twice on Saturday."
    )
    assert not any(club == "Stranraer" for club, _ in _spells(text, "Lewis Cairns"))
