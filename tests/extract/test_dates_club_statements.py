"""A club's statement in the present tense tells today's news: 'C is delighted to confirm the
appointment of X', 'C can confirm that X has left' are dated by the article's day, as 'C have
confirmed the appointment of X' is; so is a parting agreed in the perfect ('C and X have agreed to
part ways'). The simple past with no date stays undated."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _dated(text: str) -> set[tuple[str, str, str | None]]:
    return {(f["coach"], f["event"], f["date"]) for f in facts_of(text, "2026-06-03")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Stoke City is delighted to confirm the appointment of Jan Lund as its new Head Coach.",
            "appointed",
        ),
        ("Stoke City are pleased to announce the appointment of Jan Lund as head coach.", "appointed"),
        ("Stoke City can confirm the appointment of Jan Lund as head coach.", "appointed"),
    ],
)
def test_a_club_statement_in_the_present_is_the_news_day(text: str, event: str) -> None:
    assert ("Jan Lund", event, "2026-06-03") in _dated(text)


def test_a_past_confirmation_with_no_date_stays_undated() -> None:
    assert ("Jan Lund", "appointed", None) in _dated(
        "Stoke City confirmed the appointment of Jan Lund as head coach."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Blackburn Rovers and Tom Mercer have agreed to part ways.",
        "Blackburn Rovers have mutually agreed to part ways with manager Tom Mercer.",
    ],
)
def test_a_parting_agreed_in_the_perfect_is_the_news_day(text: str) -> None:
    assert ("Tom Mercer", "left", "2026-06-03") in _dated(text)


def test_a_parting_agreed_in_the_past_with_no_date_stays_undated() -> None:
    assert ("Tom Mercer", "left", None) in _dated("Blackburn Rovers and Tom Mercer agreed to part ways.")
