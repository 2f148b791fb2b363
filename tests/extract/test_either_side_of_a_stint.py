"""A spell told as the one the others came 'either side of' ('spells at A and B either side of a
title-winning stint with C') is read like 'before a stint at C': C is a spell too."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    facts = facts_of(text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == "in_charge"}


def test_stint_between_two_spells() -> None:
    text = (
        "Hearts have named Callum Reid as their new manager. Reid has managed in Scotland for a decade, "
        "with spells at Kilmarnock and Livingston either side of a cup-winning stint in Ireland with "
        "Shamrock Rovers."
    )
    assert {"Kilmarnock", "Livingston", "Shamrock Rovers"} <= _spells(text, "Callum Reid")


def test_either_side_of_a_season_is_no_spell() -> None:
    # near-miss: 'either side of' a time, no spell
    text = (
        "Hearts have named Callum Reid as their new manager. Reid watched Shamrock Rovers twice either side "
        "of the winter break."
    )
    assert "Shamrock Rovers" not in _spells(text, "Callum Reid")
