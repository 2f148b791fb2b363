"""A career told as a count of a league's clubs before the list ('has coached several Serie B clubs,
including A, B and C', 'has managed six Eredivisie sides, among them A and B') gives a spell at each
club listed, as 'a string of Italian clubs, including A and B' does."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    facts = facts_of(text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_several_clubs_of_a_two_word_league() -> None:
    text = (
        "Lecce have appointed Dario Morena as their new coach. Morena has coached several Serie B clubs, "
        "including Como, Pisa and Bari, over the last decade."
    )
    assert {"Como", "Pisa", "Bari"} <= _spells(text, "Dario Morena")


def test_clubs_of_a_league_with_a_dot() -> None:
    text = (
        "Sagan Tosu have named Kenji Hamada as head coach. The 47-year-old has managed four J.League sides, "
        "among them Kashiwa Reysol and Shimizu S-Pulse."
    )
    spells = _spells(text, "Kenji Hamada")
    assert any("Kashiwa" in c for c in spells) and any("Shimizu" in c for c in spells)


def test_clubs_he_played_for_are_no_spells() -> None:
    # near-miss: the same count of a league's clubs told of his playing days
    text = (
        "Lecce have appointed Dario Morena as their new coach. As a player Morena turned out for several "
        "Serie B clubs, including Como, Pisa and Bari."
    )
    assert not _spells(text, "Dario Morena") & {"Como", "Pisa", "Bari"}
