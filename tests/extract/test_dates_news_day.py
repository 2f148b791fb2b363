"""The day of an article's news: a change told as today's news with no day of its own happened on
the day the lead tells ("… the club confirmed on Monday", "The decision arrived yesterday"), else on
the article's date; a stand-in going back to his post, a successor stepping in and a translated club
statement ("communicates to have exonerated X") are told as such news."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-03-13"  # a Wednesday
MONDAY = "2024-03-11"
HIRED = "Brentwick Town have appointed Neil Hart as head coach, the club confirmed on Monday. "
SACKED = "Brentwick Town have sacked head coach Colin Marsh, the club announced on Monday. "
FILLER = "The club sit 19th in the table. Supporters had called for change for weeks. "
TUESDAY = "2024-03-12"


def _date_of(text: str, coach: str, event: str) -> str | None:
    (fact,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]
    return fact["date"]


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The decision was announced on Monday after a 4-0 defeat.", MONDAY),
        ("The club confirmed the move on Monday evening.", MONDAY),
        ("Supporters learned of it yesterday, two days after the derby.", TUESDAY),
    ],
)
def test_a_lead_change_takes_the_day_the_lead_tells(second: str, day: str) -> None:
    text = f"Brentwick Town have sacked head coach Colin Marsh. {second} The club sit 19th."
    assert _date_of(text, "Colin Marsh", "dismissed") == day


@pytest.mark.parametrize(
    "second",
    [
        "Marsh had been appointed in January 2022.",  # a day long before the news: not its day
        "The club sit 19th in the table.",  # no day told: the article's
    ],
)
def test_without_a_recent_day_in_the_lead_the_news_is_the_articles_date(second: str) -> None:
    text = f"Brentwick Town have sacked head coach Colin Marsh. {second}"
    assert _date_of(text, "Colin Marsh", "dismissed") == PUBLISHED


@pytest.mark.parametrize(
    "sentence",
    [
        "Caretaker Dean Foley, who led the side for three games, will return to his role as assistant.",
        "Interim coach Dean Foley returns to his previous post as first-team coach.",
        "First-team coach Dean Foley took charge of two matches and will now return to his duties.",
    ],
)
def test_a_stand_in_going_back_leaves_on_the_news_day(sentence: str) -> None:
    text = HIRED + FILLER + sentence
    assert _date_of(text, "Dean Foley", "left") == MONDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Assistant Pete Lowry will serve as interim head coach for the remaining matches.",
        "Assistant Pete Lowry takes over as interim head coach until the summer.",
        "Assistant Pete Lowry will step in as interim head coach until the summer.",
    ],
)
def test_a_stand_in_stepping_in_is_appointed_on_the_news_day(sentence: str) -> None:
    text = SACKED + FILLER + sentence
    assert _date_of(text, "Pete Lowry", "appointed") == MONDAY


@pytest.mark.parametrize(
    "lead",
    [
        "FC Brentwick communicates to have exonerated Colin Marsh from the technical guide.",
        "FC Brentwick has separated from head trainer Colin Marsh with immediate effect.",
    ],
)
def test_a_translated_club_statement_is_the_news(lead: str) -> None:
    text = f"{lead} The decision arrived on Monday, after the 0-3 in the derby."
    assert _date_of(text, "Colin Marsh", "dismissed") == MONDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Foley had returned to his role as assistant in 2019.",  # pluperfect: earlier, untold
        "In 2021 Dean Foley took over as caretaker for two games.",  # a told year of its own
    ],
)
def test_a_past_return_or_stand_in_keeps_no_news_day(sentence: str) -> None:
    text = HIRED + sentence
    dates = [f["date"] for f in facts_of(text, PUBLISHED) if f["coach"] == "Dean Foley"]
    assert MONDAY not in dates and PUBLISHED not in dates
