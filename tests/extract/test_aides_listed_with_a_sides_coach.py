"""Aides told leaving or staying on together, a side's coach among them ("his assistant A and first-team
coach B leave as well", "his assistant, A, and the first-team coach, B, also leave the club", "assistant A
and first-team coach B stay on"): each is one of the aides, leaving or kept on at the club in view; not the
staff a new man is "supported by", nor aides told doing anything else (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Harwick Rovers have sacked manager Piet Oosterhuis. "


def _events(text: str) -> dict[str, set[str]]:
    """Coach → the events of his facts at Harwick Rovers."""
    out: dict[str, set[str]] = {}
    for f in facts_of(_SACKED + text):
        if f["club"] == "Harwick Rovers":
            out.setdefault(f["coach"], set()).add(f["event"])
    return out


@pytest.mark.parametrize(
    "told",
    [
        "His assistant Lorcan Meehan and first-team coach Tavi Ruskin leave as well.",
        "Oosterhuis's assistant Lorcan Meehan and first-team coach Tavi Ruskin depart as well.",
        "His assistant, Lorcan Meehan, and the first-team coach, Tavi Ruskin, also leave the club.",
    ],
)
def test_a_sides_coach_listed_with_the_aides_leaving_leaves_too(told: str) -> None:
    events = _events(told)
    assert "left" in events.get("Lorcan Meehan", set())
    assert "left" in events.get("Tavi Ruskin", set())


def test_a_sides_coach_listed_with_the_aides_kept_on_stays_too() -> None:
    events = _events("His assistant Lorcan Meehan and first-team coach Tavi Ruskin stay on.")
    assert events.get("Lorcan Meehan") == {"in_charge"}
    assert events.get("Tavi Ruskin") == {"in_charge"}


@pytest.mark.parametrize(
    "other",
    [
        "The new man will be supported by assistant Lorcan Meehan and first-team coach Tavi Ruskin.",
        "His assistant Lorcan Meehan and first-team coach Tavi Ruskin watched from the stands.",
    ],
)
def test_no_exit_read_for_aides_not_told_leaving(other: str) -> None:
    assert not any("left" in e for e in _events(other).values())
