"""Date phrasings from a phrasebook of short news, written for these tests: a URL with its date
as eight digits ('news.cn/20250326/…') gives a wire dateline its year; a rule match that runs over
a clause with its own verb ('was appointed in May 2021 and was sacked a year later') takes the
date nearest that verb."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import date_from_url, find_dates


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://english.news.cn/20250326/4b1f7a9c/c.html", date(2025, 3, 26)),
        ("https://example.com/sport/football-20231104_coach-sacked", date(2023, 11, 4)),
        ("https://example.com/2024/03/05/coach", date(2024, 3, 5)),
        ("https://en.yna.co.kr/view/AEN20240603001200315", date(2024, 6, 3)),
        ("https://agency.example/sports/SPX20231130004512?section=football", date(2023, 11, 30)),
    ],
)
def test_a_url_date_written_as_eight_digits(url: str, day: date) -> None:
    assert date_from_url(url) == day


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/article/123456789012",
        "https://example.com/id/20241399/",
        "https://x.com/a20240303b",
        "https://en.yna.co.kr/view/AEN20241399001200315",
        "https://example.com/view/AEN2024060300",
    ],
)
def test_other_long_numbers_in_a_url_are_no_date(url: str) -> None:
    assert date_from_url(url) is None


def test_a_wire_dateline_takes_its_year_from_a_compact_url_date() -> None:
    (f,) = facts_of(
        "ACCRA, Nov. 4 (Xinhua) -- Ghana on Monday sacked head coach Gareth Lund.",
        None,
        url="http://english.news.cn/20241104/9a8b7c/c.html",
    )
    assert (f["event"], f["date"], f["date_precision"]) == ("dismissed", "2024-11-04", "day")


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        (
            "Gareth Lund was appointed Hull City manager in December 2021 and was sacked 14 months later.",
            "2023-02-01",
            "month",
        ),
        (
            "Gareth Lund was named Stoke City boss in May 2019 and was dismissed two years later.",
            "2021-01-01",
            "year",
        ),
    ],
)
def test_a_second_verb_of_one_match_takes_its_own_date(text: str, day: str, precision: str) -> None:
    (f,) = [f for f in facts_of(text) if f["event"] == "dismissed"]
    assert (f["date"], f["date_precision"]) == (day, precision)


def test_the_first_verb_keeps_its_date() -> None:
    text = "Gareth Lund was named Stoke City boss in May 2019 and was dismissed two years later."
    (f,) = [f for f in facts_of(text) if f["event"] == "appointed"]
    assert (f["date"], f["date_precision"]) == ("2019-05-01", "month")


REF = date(2024, 3, 12)


def _only(sentence: str, ref: date = REF) -> tuple[str, date, str]:
    (d,) = find_dates(sentence, ref)
    return d.kind, d.value, d.precision


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Lund was dismissed in early 2023 after a poor run.", 2023),
        ("The Dane took over at Hull in late 2019.", 2019),
        ("Reid left Burnley mid-2021.", 2021),
        ("Stoke parted company with Lund in mid 2022.", 2022),
    ],
)
def test_early_late_or_mid_year_is_that_year(sentence: str, year: int) -> None:
    assert _only(sentence) == ("point", date(year, 1, 1), "year")


def test_since_early_year_starts_a_spell() -> None:
    assert _only("He has been in charge since late 2021.") == ("since", date(2021, 1, 1), "year")


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Lund was appointed at the start of the year.", date(2024, 1, 1)),
        ("The club hired Reid at the beginning of this year.", date(2024, 1, 1)),
        ("Reid arrived at the turn of the year.", date(2024, 1, 1)),
        ("Lund was sacked at the end of last year.", date(2023, 12, 1)),
        ("Lund was sacked at the end of the year.", date(2023, 12, 1)),
        ("He will step down at the end of the year.", date(2024, 12, 1)),
    ],
)
def test_the_start_or_end_of_a_year_is_its_first_or_last_month(sentence: str, month: date) -> None:
    assert _only(sentence) == ("point", month, "month")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Lund was sacked in the autumn.", date(2023, 10, 1)),
        ("Reid took charge during the spring.", date(2023, 4, 1)),
    ],
)
def test_in_the_autumn_or_spring_is_the_latest_one(sentence: str, value: date) -> None:
    assert _only(sentence) == ("point", value, "season")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund was appointed midway through last season.",
        "Reid took over halfway through last season.",
    ],
)
def test_midway_through_a_season_is_when_not_an_end(sentence: str) -> None:
    assert _only(sentence) == ("point", date(2022, 7, 1), "season")


def test_through_a_season_is_still_an_end() -> None:
    assert _only("He stayed on through last season.")[0] == "until"
