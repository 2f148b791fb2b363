"""A titled aide who "will lead the team for now / for the time being" after a sacking stands in
(caretaker appointed); the head coach himself leading his team "for now" is no change."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

SACKED = "Brentwick Town have sacked head coach Colin Marsh. "


def _caretakers(text: str) -> set[str]:
    return {
        f["coach"]
        for f in facts_of(text, "2025-10-08")
        if f["event"] == "appointed" and f["role"] == "caretaker" and f["squad"] == "first_team"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Under-21 coach Dario Fenn will lead the team for now.",
        "Assistant coach Dario Fenn will coach the side for the time being.",
    ],
)
def test_an_aide_leading_the_team_for_now_stands_in(sentence: str) -> None:
    assert "Dario Fenn" in _caretakers(SACKED + sentence)


def test_the_head_coach_leading_his_team_for_now_is_no_change() -> None:
    text = "Brentwick Town head coach Colin Marsh will lead the team for now, the chairman said."
    assert not _caretakers(text)
