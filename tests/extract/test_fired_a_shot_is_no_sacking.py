"""In a match report a player who "fired home past X" or "fired a low shot into the corner" shot at goal:
neither he nor the goalkeeper was sacked. A club that fired its coach (even "over the phone") still did."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

REPORT = "Brentwick Town coach Colin Marsh watched from the touchline as "


@pytest.mark.parametrize(
    "shot",
    [
        "Tom Pike fired home past Ray Dale.",
        "Tom Pike fired a low shot past Ray Dale.",
        "Tom Pike fired the equaliser past Ray Dale in stoppage time.",
        "Tom Pike fired into the top corner beyond Ray Dale.",
    ],
)
def test_a_shot_fired_is_no_sacking(shot: str) -> None:
    assert not [f for f in facts_of(REPORT + shot, "2025-10-08") if f["event"] == "dismissed"]


@pytest.mark.parametrize(
    "text",
    [
        "Brentwick Town fired Colin Marsh in October.",
        "Colin Marsh was fired over the phone by Brentwick Town.",
    ],
)
def test_a_coach_fired_is_still_dismissed(text: str) -> None:
    assert [f["coach"] for f in facts_of(text, "2025-10-08") if f["event"] == "dismissed"] == ["Colin Marsh"]
