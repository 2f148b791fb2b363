"""A past post told in a relative clause with an intensive 'himself' or 'herself' ('the chairman, who
himself managed A and B in the nineties') is read like 'who managed A and B': each club a spell."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    facts = facts_of(text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_director_who_himself_coached_two_clubs() -> None:
    text = (
        'Walsall have appointed Tom Ashby as their new manager. "He has the energy we need," said the '
        "sporting director Kevin Lorne, who himself coached Port Vale and Crewe Alexandra before taking "
        "an office job."
    )
    assert {"Port Vale", "Crewe Alexandra"} <= _spells(text, "Kevin Lorne")


def test_woman_who_had_herself_managed_a_club() -> None:
    text = (
        "Brighton have named Amy Carrow head coach of their women's team. The general manager Ruth Halley, "
        "who had herself managed Reading in the past, led the search."
    )
    assert "Reading" in _spells(text, "Ruth Halley")


def test_himself_before_another_verb_is_no_spell() -> None:
    # near-miss: 'himself' before a verb that tells no coaching post
    text = (
        "Walsall have appointed Tom Ashby as their new manager. The sporting director Kevin Lorne, who "
        "himself played for Port Vale and Crewe Alexandra, welcomed him."
    )
    assert not _spells(text, "Kevin Lorne") & {"Port Vale", "Crewe Alexandra"}
