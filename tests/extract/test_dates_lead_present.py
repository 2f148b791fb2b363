"""An appointment told in the lead in the present or future without a date is the day's news: "the
federation informs that X is appointed head coach", "C informs that X will be the new head coach";
so is a change whose subject carries an apposition with a closed relative clause ("X, a former
captain who had been working as a scout, takes over as interim coach"). A past appointment is not."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-03-12"


def _date_of(text: str, coach: str, event: str) -> str | None:
    (fact,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]
    return fact["date"]


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        (
            "The Football Federation of Georgia informs that Belgian specialist Colin Marsh is appointed "
            "head coach of Georgia's national side.",
            "Colin Marsh",
        ),
        (
            "The Football Federation of Azerbaijan has signed a contract with Dean Foley, who is appointed "
            "head coach of the national team.",
            "Dean Foley",
        ),
        (
            "Legia Warsaw officially informs that Pete Lowry will be the new head coach of the senior team.",
            "Pete Lowry",
        ),
        (
            "Brentwick Town confirmed the news. Ray Hinds, a former Brentwick captain who had been working "
            "as a scout, takes over as interim head coach until a permanent appointment is made.",
            "Ray Hinds",
        ),
    ],
)
def test_told_as_the_days_news(text: str, coach: str) -> None:
    assert _date_of(text, coach, "appointed") == PUBLISHED


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        (
            "Brentwick Town confirmed the news. Ray Hinds, a former Brentwick winger who had been advising "
            "the board, took over as interim head coach of Brentwick Town.",
            "Ray Hinds",
        ),
        (
            "Harlow Rovers have a new coach. Their last coach, Dean Foley, was appointed head coach of "
            "Harlow Rovers.",
            "Dean Foley",
        ),
    ],
)
def test_a_past_change_stays_undated(text: str, coach: str) -> None:
    assert _date_of(text, coach, "appointed") is None
