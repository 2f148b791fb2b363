"""A sentence that follows the story's man to a club of his past ('Reddy led Lokeren from 2019 to 2022')
takes the story there only while it is told in the past: the next sentence told as the news, in the
present or future ('He will bring his assistant …', 'Y is expected to join him'), is back at the story's
club. A move told as the news itself ('He now joins C') is where the story goes, and a past-tense sentence
after a flashback stays in it. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Stoke City have appointed Tom Reddy as head coach. "
_PAST = "Reddy led Lokeren from 2019 to 2022 and took them into the top flight. "


@pytest.mark.parametrize(
    "news",
    [
        "He will bring his assistant Pat Moss with him.",
        "With him arrives the assistant Pat Moss, who will stay on beside him.",
        "His long-time assistant Pat Moss is expected to join him.",
    ],
)
def test_an_aide_told_as_the_news_joins_the_story_club(news: str) -> None:
    keys = keys_of(_NEWS + _PAST + news)
    assert any(k[0] == "Pat Moss" and k[1] == "Stoke City" for k in keys)
    assert not any(k[0] == "Pat Moss" and k[1] == "KSC Lokeren" for k in keys)
    assert ("Tom Reddy", "KSC Lokeren", "first_team", "in_charge") in keys


def test_a_past_sentence_after_the_flashback_stays_in_it() -> None:
    # near miss: still the past, so still the club the sentence before followed him to
    keys = keys_of(_NEWS + _PAST + "His assistant there was Pat Moss, who was sacked with him in 2022.")
    assert ("Pat Moss", "Stoke City", "first_team", "dismissed") not in keys


def test_a_move_told_as_the_news_takes_the_story_there() -> None:
    # near miss: the sentence before tells the move as today's news, no flashback to leave
    text = (
        "Reddy has left Lokeren after three seasons. The 44-year-old now joins Stoke City. "
        "Pat Moss, who has led Stoke City on an interim basis, will stay on as his assistant."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Pat Moss" and k[1] == "KSC Lokeren" for k in keys)
