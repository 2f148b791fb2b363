"""The year of a wire story with no published date and a yearless dateline: years told as a plan or
a term ('would focus on the 2027 World Cup', 'a deal until June 2030', 'by 2026') do not bound
when the news was told; a spell ending with the news ('after fifteen seasons at X, which she coached
from 2009') tells its start's year plus its length. Also: 'with the season set to start on June 1'
is the coming June 1; 'a week ago on Thursday' is the Thursday before the latest one."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import dateline_date, find_dates

_REF = date(2024, 11, 20)

# 3 June is a Monday in 2024 (and 2030), 29 October a Tuesday in 2024 (and 2013, 2019)
_JUNE = "SEOUL, June 3 (Yonhap) -- The federation on Monday appointed Kim Tae-ho as coach. "
_OCTOBER = "BRUSSELS, 29 October (Belga) – The federation on Tuesday appointed Anna Berg as coach. "


@pytest.mark.parametrize(
    "rest",
    [
        "Lee took the team to the 2023 World Cup. Kim would focus on qualifying for the 2027 Asian Cup.",
        "Lee took the team to the 2023 World Cup. Kim signed a contract until June 2027.",
        "Lee took the team to the 2023 World Cup. Kim has a deal running to 2027.",
        "Lee took the team to the 2023 World Cup. Kim will lead the side at the 2027 Asian Cup.",
        "Lee took the team to the 2023 World Cup. Kim is set to lead the side at the 2027 Asian Cup.",
        "Lee took the team to the 2023 World Cup. The federation wants a title by 2027.",
    ],
)
def test_a_year_told_ahead_does_not_set_the_story_year(rest: str) -> None:
    assert dateline_date(_JUNE + rest, None) == date(2024, 6, 3)


@pytest.mark.parametrize(
    ("rest", "day"),
    [
        # told as past news, the latest year bounds the story: no earlier than 2027 (2030 fits Monday)
        ("Lee took the team to the 2023 World Cup. Kim won the 2027 Asian Cup with Ulsan.", date(2030, 6, 3)),
        ("Lee took the team to the 2023 World Cup. Kim led Ulsan until 2021.", date(2024, 6, 3)),
    ],
)
def test_a_year_told_as_past_news_still_counts(rest: str, day: date) -> None:
    assert dateline_date(_JUNE + rest, None) == day


@pytest.mark.parametrize(
    "rest",
    [
        "Berg arrives after fifteen seasons at Rosengard, the club she coached from 2009.",
        "Berg comes after 15 years at Rosengard, where she had worked since 2009.",
    ],
)
def test_a_spell_ending_with_the_news_dates_the_story(rest: str) -> None:
    assert dateline_date(_OCTOBER + "Her predecessor had been in charge since 2011. " + rest, None) == date(
        2024, 10, 29
    )


@pytest.mark.parametrize(
    "rest",
    [
        "Berg coached Rosengard from 2009, winning fifteen trophies.",
        "After two seasons at Malmo, Berg coached Rosengard. She had been there in 2009.",
    ],
)
def test_no_spell_length_leaves_the_told_years(rest: str) -> None:
    assert dateline_date(_OCTOBER + "Her predecessor had been in charge since 2011. " + rest, None) == date(
        2013, 10, 29
    )


def test_years_told_ahead_count_when_the_story_tells_no_other() -> None:
    # the news lies before the year it plans for (2030 is as near 2027 as 2024 and also a Monday)
    text = "SEOUL, June 3 (Yonhap) -- The KFA said on Monday that Kim would stay until the 2027 Asian Cup."
    assert dateline_date(text, None) == date(2024, 6, 3)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Lund takes over with the new season set to start on June 1.", date(2025, 6, 1)),
        ("With pre-season due to begin on July 4, Lund was appointed.", date(2025, 7, 4)),
        ("Lund was named, with his first game scheduled to be played on March 8.", date(2025, 3, 8)),
    ],
)
def test_with_x_set_to_tells_the_coming_day(sentence: str, day: date) -> None:
    (told,) = find_dates(sentence, _REF)
    assert (told.value, told.future) == (day, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund was appointed on June 1 with the club set up to play five at the back.",
        "Lund, who was set to start on June 1, quit instead.",
        "Lund was appointed on June 1 with his family watching.",
    ],
)
def test_a_past_day_beside_with_is_the_latest_one(sentence: str) -> None:
    (told,) = find_dates(sentence, _REF)
    assert (told.value, told.future) == (date(2024, 6, 1), False)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Reid was sacked a week ago on Thursday.", date(2024, 11, 7)),
        ("Reid was sacked two weeks ago on Monday.", date(2024, 11, 4)),
        ("Reid was sacked a week ago Wednesday.", date(2024, 11, 13)),
    ],
)
def test_weeks_ago_on_a_weekday_counts_back_from_the_latest_one(sentence: str, day: date) -> None:
    (told,) = find_dates(sentence, _REF)  # _REF is a Wednesday
    assert (told.value, told.precision) == (day, "day")


def test_weeks_ago_with_no_weekday_is_a_week() -> None:
    (told,) = find_dates("Reid was sacked a week ago.", _REF)
    assert (told.value, told.precision) == (date(2024, 11, 13), "week")
