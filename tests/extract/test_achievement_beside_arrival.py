"""An achievement told in the clause after the coach's arrival ("took over in 2019 and led C to the
final") is the appointment's own spell: the appointment is recorded, not a second in_charge fact.
Told beside a sacking or resignation it stays a spell of its own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _events(text: str, coach: str, club: str) -> list[str]:
    return sorted(f["event"] for f in facts_of(text) if f["coach"] == coach and f["club"] == club)


@pytest.mark.parametrize(
    "sentence",
    [
        "Erik Lund took over in June 2021 and led Brentford to the cup final the following spring.",
        "Erik Lund joined Brentford in July 2022 and guided them to promotion in his first season.",
        "Erik Lund was named Brentford manager in 2020 and steered the club to third place.",
    ],
)
def test_an_achievement_after_the_arrival_is_the_appointment(sentence: str) -> None:
    lead = "Brentford have sacked Erik Lund. " if "took over" in sentence else ""
    events = _events(lead + sentence, "Erik Lund", "Brentford")
    assert "appointed" in events and "in_charge" not in events


def test_an_achievement_beside_a_sacking_is_a_spell_of_its_own() -> None:
    text = "Erik Lund guided Brentford to the cup final in 2019 before he was sacked six months later."
    assert {"in_charge", "dismissed"} <= set(_events(text, "Erik Lund", "Brentford"))


def test_an_achievement_without_the_arrival_is_a_spell() -> None:
    text = "Hull have appointed Erik Lund. Lund previously coached Fulham and led Brentford to the title."
    assert "in_charge" in _events(text, "Erik Lund", "Brentford")
