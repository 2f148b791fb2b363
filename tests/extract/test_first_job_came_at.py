"""A coach's earlier post told as his first (or one previous) job: "His first job as a head coach was at C",
"Klose's first managerial post was at C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    "text",
    [
        "Lazio appointed Miroslav Klose. His first job as a head coach was at Burnley in England.",
        "Lazio appointed Miroslav Klose. Klose's first managerial post was at Burnley.",
        "Lazio appointed Miroslav Klose. His one previous coaching job was at Burnley.",
    ],
)
def test_a_first_job_at_a_club(text: str) -> None:
    assert "Burnley" in _spells(text, "Miroslav Klose")


@pytest.mark.parametrize(
    "text",
    [
        "Lazio appointed Miroslav Klose. His first club as a player was Burnley.",
        "Lazio appointed Miroslav Klose. Klose's first game in charge was at Burnley.",
    ],
)
def test_no_spell_from_a_first_club_or_game(text: str) -> None:
    assert "Burnley" not in _spells(text, "Miroslav Klose")


def test_a_first_senior_job() -> None:
    text = "Lazio appointed Miroslav Klose. His first senior job came at Burnley in England."
    assert "Burnley" in _spells(text, "Miroslav Klose")


def test_no_spell_from_a_first_senior_game() -> None:
    text = "Lazio appointed Miroslav Klose. His first senior goal came at Burnley in England."
    assert "Burnley" not in _spells(text, "Miroslav Klose")
