"""A spell read over the whole relative clause on its man ('X, who has run the team on an interim
basis since September, will go back to his job') takes that clause's start: the aside is the
spell's own words. The stand-in's going back, told after the aside, keeps the day's news."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2023-12-15"
LEAD = "Brentwick Town have appointed Colin Marsh as head coach. "


def _spell_dates(text: str, coach: str) -> set[str | None]:
    return {f["date"] for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Dean Foley, who has run the team on an interim basis since September, will go back to his "
            "job as coach of the club's reserve side.",
            "2023-09-01",
        ),
        (
            "Dean Foley, who has led the team on an interim basis since October, goes back to his role as "
            "academy director.",
            "2023-10-01",
        ),
        (
            "Dean Foley, who had coached the side as caretaker since August 2023, will now return to his "
            "post with the under-21s.",
            "2023-08-01",
        ),
    ],
)
def test_the_aside_dates_its_spell(sentence: str, start: str) -> None:
    assert start in _spell_dates(LEAD + sentence, "Dean Foley")


def test_the_stand_ins_exit_keeps_the_news_day() -> None:
    text = (
        LEAD + "Dean Foley, who has led the team on an interim basis since October, goes back to his role as "
        "academy director."
    )
    (left,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == "Dean Foley" and f["event"] == "left"]
    assert left["date"] == PUBLISHED
