"""Talks a club had held before its choice ("C had also held talks with X before choosing Y", "the board had
already held preliminary talks with X"): a candidate weighed (linked), not an approach; talks held now ("C
held talks with X on Monday") stay an approach, and talks refused ("…, who turned down the job") an offer
declined (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Harwick Rovers have sacked manager Piet Oosterhuis. "


def _events(text: str, coach: str) -> set[str]:
    return {
        f["event"] for f in facts_of(_SACKED + text) if f["coach"] == coach and f["club"] == "Harwick Rovers"
    }


@pytest.mark.parametrize(
    "told",
    [
        "The club had also held talks with Lorcan Meehan before settling on Tavi Ruskin.",
        "Harwick Rovers had already held preliminary talks with Lorcan Meehan, according to local reports.",
        "The board had held discussions with Lorcan Meehan before the choice fell on Tavi Ruskin.",
    ],
)
def test_talks_held_before_the_choice_are_a_candidate_weighed(told: str) -> None:
    assert _events(told, "Lorcan Meehan") == {"linked"}


@pytest.mark.parametrize(
    ("told", "event"),
    [
        ("Harwick Rovers held talks with Lorcan Meehan on Monday.", "offer"),
        ("The club had held talks with Lorcan Meehan, who turned down the job.", "offer_declined"),
    ],
)
def test_talks_held_now_or_refused_are_no_candidate_weighed(told: str, event: str) -> None:
    events = _events(told, "Lorcan Meehan")
    assert event in events
    assert "linked" not in events
