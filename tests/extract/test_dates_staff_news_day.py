"""An aide told going with a change ('also', 'too', 'with him') when the text gives that change no date
takes the day of the article's news ('The club announced on Tuesday …'): 'His assistant X and the
fitness coach Y also leave the club', 'Also the assistant X signed a new contract'. An aide's change
told in the pluperfect, or with no word saying it goes with another, stays undated."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-03-13"
LEAD = "Brentwick Town announced on Tuesday that they have parted ways with their coaching staff. "


def _date_of(text: str, coach: str, event: str) -> str | None:
    (fact,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]
    return fact["date"]


@pytest.mark.parametrize(
    ("sentence", "coach", "event"),
    [
        (
            "His assistant Dean Foley and the physical trainer Ray Hinds also leave the institution.",
            "Dean Foley",
            "left",
        ),
        (
            "His assistant Dean Foley and the physical trainer Ray Hinds also leave the institution.",
            "Ray Hinds",
            "left",
        ),
        (
            "Also the assistant Dean Foley and the goalkeeper trainer Ray Hinds signed new contracts.",
            "Ray Hinds",
            "extended",
        ),
        (
            "His assistant Dean Foley and the physical trainer Ray Hinds also prolonged.",
            "Dean Foley",
            "extended",
        ),
    ],
)
def test_an_aide_going_with_an_undated_change(sentence: str, coach: str, event: str) -> None:
    assert _date_of(LEAD + sentence, coach, event) == "2024-03-12"


def test_a_pluperfect_aide_stays_undated() -> None:
    text = LEAD + "His assistant Dean Foley had also left Brentwick Town years earlier."
    assert _date_of(text, "Dean Foley", "left") is None
