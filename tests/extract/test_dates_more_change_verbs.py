"""A change a club tells in the present perfect with verbs beyond "appointed" and "sacked" ("have
dispensed with the services of X", "have terminated the contract of X", "have brought in X", "have
tied X to a new deal") is today's news and takes the article's date; the same verbs in the simple
past with no day tell no date."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2025-10-08"


def _dates(text: str, coach: str, event: str) -> list[str | None]:
    return [f["date"] for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Brentwick Town have dispensed with the services of head coach Colin Marsh.", "dismissed"),
        ("Brentwick Town have terminated the contract of head coach Colin Marsh.", "dismissed"),
        ("Brentwick Town have brought in Colin Marsh as their new head coach.", "appointed"),
        ("Brentwick Town have tied head coach Colin Marsh to a new deal.", "extended"),
    ],
)
def test_a_present_perfect_change_is_todays_news(sentence: str, event: str) -> None:
    assert _dates(sentence + " The side sit 14th.", "Colin Marsh", event) == [PUBLISHED]


def test_the_simple_past_without_a_day_tells_no_date() -> None:
    text = "Brentwick Town dispensed with the services of head coach Colin Marsh. The side sit 14th."
    assert _dates(text, "Colin Marsh", "dismissed") == [None]


def test_a_deed_in_the_aside_on_the_man_replaced_does_not_date_his_exit() -> None:
    text = "Brentwick Town have hired Dario Fenn. He replaces Colin Marsh, who won the cup with them in 2024."
    assert _dates(text, "Colin Marsh", "left") == [None]
