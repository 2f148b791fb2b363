"""'N months after X was sacked' with no date told before it counts back from the article's day (the
main clause is the news); it dates only the clause it opens: not a fact told before it ('signed an
extension, a month after he led the club to the title') nor one past that clause's comma."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-06-05"


def _date_of(text: str, coach: str, event: str) -> tuple[str | None, str | None]:
    (fact,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]
    return fact["date"], fact["date_precision"]


@pytest.mark.parametrize(
    ("text", "coach", "event", "month"),
    [
        (
            "Brentwick Town were relegated on the final day, five months after Colin Marsh was sacked "
            "following 15 games in charge.",
            "Colin Marsh",
            "dismissed",
            "2024-01",
        ),
        (
            "Harlow Rovers unveiled their new manager on Tuesday, nearly three months after Dean Foley "
            "stepped down at the end of the season.",
            "Dean Foley",
            "resigned",
            "2024-03",
        ),
        (
            "Kesterton United are back in the top flight, two months after Ray Hinds resigned as "
            "manager of the club.",
            "Ray Hinds",
            "resigned",
            "2024-04",
        ),
    ],
)
def test_counted_back_from_the_news_day(text: str, coach: str, event: str, month: str) -> None:
    when, precision = _date_of(text, coach, event)
    assert (when or "")[:7] == month
    assert precision == "month"


def test_not_the_date_of_a_fact_told_before_it() -> None:
    text = (
        "Harlow Rovers have signed head coach Pete Lowry to a contract extension, under four weeks "
        "after he led the club to promotion."
    )
    assert _date_of(text, "Pete Lowry", "extended") == ("2024-06-05", "day")


def test_not_the_date_of_a_fact_past_its_clause() -> None:
    text = (
        "Colin Marsh has come back to Brentwick Town as interim manager, nearly 20 years after he left "
        "the club, following Dean Foley's resignation."
    )
    facts = [f for f in facts_of(text, PUBLISHED) if f["coach"] == "Dean Foley"]
    assert facts
    assert all(not (f["date"] or "").startswith("2004") for f in facts)
