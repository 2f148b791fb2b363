"""A time spent on a coach's staff is the subject's own staff spell at each club named after it: "X spent four
seasons on Y's staff at A and B", "was in the staff of Y at C", "worked for six years on the staff of C", "was
on the staff at C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Hibernian have appointed Colin Fairlie as head coach. "


def _spells(text: str, coach: str = "Colin Fairlie") -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            _LEAD
            + "Before that Fairlie spent four seasons on Steve Clarke's staff at Kilmarnock and Motherwell.",
            {"Kilmarnock", "Motherwell"},
        ),
        (
            _LEAD + "Fairlie was previously in the staff of Steve Clarke at Kilmarnock as an assistant.",
            {"Kilmarnock"},
        ),
        (_LEAD + "Fairlie worked for six years on the staff of Motherwell.", {"Motherwell"}),
        (_LEAD + "Earlier in his career Fairlie was on the staff at Motherwell.", {"Motherwell"}),
        (
            _LEAD
            + "Fairlie, who has been part of Steve Clarke's coaching staff at Kilmarnock, signed until 2027.",
            {"Kilmarnock"},
        ),
    ],
)
def test_time_on_a_staff_is_a_spell_there(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text)


def test_the_staff_spell_is_an_assistants() -> None:
    facts = facts_of(_LEAD + "Fairlie spent three years on Steve Clarke's staff at Kilmarnock.")
    roles = {f["role"] for f in facts if f["coach"] == "Colin Fairlie" and f["club"] == "Kilmarnock"}
    assert roles == {"assistant_coach"}


@pytest.mark.parametrize(
    "text",
    [
        # a player's years in a coach's squad: no staff
        _LEAD + "Fairlie spent three seasons in Steve Clarke's squad at Kilmarnock.",
        # a medical staff is no coaching staff
        _LEAD + "Fairlie worked on the medical staff at Kilmarnock.",
        # no club after the staff: the boss's clubs are where he followed him, not told as a staff spot here
        _LEAD
        + "Fairlie spent two years on the staff of Steve Clarke, who had just been sacked by Kilmarnock.",
    ],
)
def test_no_staff_spell(text: str) -> None:
    assert "Kilmarnock" not in _spells(text)
