"""A spell told by its length in passing, after 'before' or 'with' as after 'after' ('coached A from 2011
to 2013, before three seasons at B', 'a long career in Spain, with nine years at C'), is a spell at that
club."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    facts = facts_of(text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_seasons_at_a_club_after_before() -> None:
    text = (
        "Osasuna have appointed Iker Salaberri as head coach. Salaberri first coached Mirandés from 2011 "
        "to 2013, reaching a cup semi-final, before three seasons at Huesca."
    )
    assert {"Mirandés", "Huesca"} <= _spells(text, "Iker Salaberri")


def test_years_at_a_club_after_with() -> None:
    text = (
        "Osasuna have appointed Iker Salaberri as head coach. Salaberri has a long career in Spain, with "
        "nine years at Eibar between 2005 and 2014."
    )
    assert "Eibar" in _spells(text, "Iker Salaberri")


def test_years_left_on_a_contract_are_no_spell() -> None:
    # near-miss: the years left on a deal, no time spent at the club
    text = (
        "Osasuna have appointed Iker Salaberri as head coach. Salaberri arrives with two years left on "
        "his deal, and Eibar were paid compensation."
    )
    assert "Eibar" not in _spells(text, "Iker Salaberri")
