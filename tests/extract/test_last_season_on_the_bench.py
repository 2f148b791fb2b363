"""Translated copy puts the time before the place: 'X was last season on the bench of C' is a spell at C,
as 'X was on the bench of C last season' is."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    facts = facts_of(text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_last_season_on_the_bench_of_a_club() -> None:
    text = (
        "Spezia have appointed Renato Calvisi as new coach. Calvisi, 51, was last season on the "
        "bench of Ternana, taking them to the playoff."
    )
    assert "Ternana" in _spells(text, "Renato Calvisi")


def test_substitute_striker_on_the_bench_is_no_spell() -> None:
    # near-miss: a player named on the bench, no coaching told of him
    text = (
        "Spezia have appointed Renato Calvisi as new coach. Striker Luca Ferri was last season on the bench "
        "of Ternana for most games."
    )
    assert "Ternana" not in _spells(text, "Luca Ferri")
