"""A scraped page without a `published` field still carries its own date stamp near the top ("Published:
14:32 GMT, 4 March 2024", "Posted on March 4, 2024", a line holding only the date): the news is dated by
it. A date told in the story's prose is no stamp, and a dateline or a dated URL still comes first."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import page_stamp_date

_STORY = "\n\nHartwell Town have sacked head coach Samuel Okafor on Monday after eight games without a win."


@pytest.mark.parametrize(
    "stamp",
    [
        "By Mark Ellis, Chief Football Writer\nPublished: 14:32 GMT, 4 March 2024 | Updated: 5 March 2024",
        "Posted on March 4, 2024",
        "First published on Mon 4 Mar 2024 14.32 GMT",
        "Monday 4 March 2024 14:32",
        "2024-03-04",
    ],
)
def test_the_page_stamp_dates_the_news(stamp: str) -> None:
    (fact,) = facts_of(stamp + _STORY, published=None)
    assert (fact["coach"], fact["event"], fact["date"]) == ("Samuel Okafor", "dismissed", "2024-03-04")


def test_an_updated_stamp_only_when_nothing_else_dates_the_page() -> None:
    assert page_stamp_date("Last updated: 6 March 2024" + _STORY).isoformat() == "2024-03-06"
    assert page_stamp_date("Updated: 6 March 2024\nPosted: 4 March 2024" + _STORY).isoformat() == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Hartwell Town sacked Samuel Okafor on 4 March 2024 after eight games without a win.",
        "The club was founded in 1921.\n\nIt last won the league on 4 May 1998, under Tom Hale.",
    ],
)
def test_a_date_in_the_prose_is_no_stamp(text: str) -> None:
    assert page_stamp_date(text) is None


def test_a_dated_url_comes_before_the_stamp() -> None:
    (fact,) = facts_of(
        "Posted on March 4, 2024" + _STORY, published=None, url="https://x.example/2024/03/11/okafor"
    )
    assert fact["date"] == "2024-03-11"
