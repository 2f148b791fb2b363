"""A departure told by 'replacing Y, whose contract was not renewed after … in March' is dated by that
clause on Y's contract (a month over the year of a tournament named in it), not by the day the
successor was named; with no date in the clause the other readings stay."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-05-21"


def _left_date(text: str, coach: str) -> str | None:
    (left,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == "left"]
    return left["date"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The Georgian Football Federation on Tuesday named Dean Foley as the new coach of the national "
            "team, replacing Colin Marsh, whose contract was not renewed after the unsuccessful Nations "
            "League campaign in March.",
            "2024-03",
        ),
        (
            "Harlow Rovers on Monday named Dean Foley as their new manager, replacing Colin Marsh, whose "
            "deal was not extended after the 2024 play-off defeat in February.",
            "2024-02",
        ),
    ],
)
def test_the_contract_clause_dates_the_exit(text: str, month: str) -> None:
    assert (_left_date(text, "Colin Marsh") or "")[:7] == month


def test_an_undated_contract_clause_leaves_the_news_day() -> None:
    text = (
        "Harlow Rovers on Monday named Dean Foley as their new manager, replacing Colin Marsh, whose deal "
        "was not extended."
    )
    assert _left_date(text, "Colin Marsh") == "2024-05-20"
