"""Spells counted beside the club rather than before it: "two spells at A and two at B" (B's count told by
the number alone) and "made his name at C, where he had two spells" — each spell an in_charge of its own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str, club: str) -> int:
    return sum(1 for f in facts_of(text) if (f["coach"], f["club"], f["event"]) == (coach, club, "in_charge"))


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Hull appointed Mick Hale on Friday. He had two spells at Sheffield United and two at "
            "Bristol City, and he also managed Cardiff City.",
            "Mick Hale",
            "Bristol City",
        ),
        (
            "Hearts appointed Robbie Neilson on Friday. Neilson had two stints with Dundee United and two "
            "with Hibernian before moving to England.",
            "Robbie Neilson",
            "Hibernian",
        ),
        (
            "Lazio appointed Paolo Ricci on Friday. Ricci made his name at Sampdoria, where he had "
            "two spells.",
            "Paolo Ricci",
            "Sampdoria",
        ),
        (
            "Lecce appointed Marco Giampaolo on Friday. He previously coached Empoli, where he had two "
            "passages on the bench.",
            "Marco Giampaolo",
            "Empoli",
        ),
    ],
)
def test_two_spells_told_beside_the_club(text, coach, club):
    assert _spells(text, coach, club) == 2


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        # seasons, not spells
        (
            "Roma appointed Gian Piero Gasperini on Friday. Gasperini made his name at Genoa, where he had "
            "two seasons in charge.",
            "Gian Piero Gasperini",
            "Genoa",
        ),
        # one spell at B: no count after the joint
        (
            "Aberdeen appointed Neil Warnock on Friday. He had two spells at Crystal Palace and one at "
            "Huddersfield Town.",
            "Neil Warnock",
            "Huddersfield Town",
        ),
    ],
)
def test_one_spell_when_none_counted(text, coach, club):
    assert _spells(text, coach, club) <= 1
