"""Date phrasings written for these tests: holidays, the start or end of a month, season strings
written alone ('in 2014/15', 'the season 2005-06'), months or years later or earlier than a date
just told, and a weekday told before the written date."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import find_dates

REF = date(2021, 1, 26)


def _only(sentence: str, ref: date = REF) -> tuple[str, date, str]:
    (d,) = find_dates(sentence, ref)
    return d.kind, d.value, d.precision


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Valverde was fired on Christmas Eve after a cup exit.", date(2020, 12, 24)),
        ("The Hammers parted company with him on Boxing Day.", date(2020, 12, 26)),
        ("Moyes was relieved of his duties on New Year's Day.", date(2021, 1, 1)),
        ("Lund quit on New Year’s Eve after the derby.", date(2020, 12, 31)),
    ],
)
def test_a_holiday_is_its_latest_day(sentence: str, day: date) -> None:
    assert _only(sentence) == ("point", day, "day")


def test_a_holiday_told_ahead_is_the_coming_one() -> None:
    (d,) = find_dates("He will be unveiled on Boxing Day.", date(2024, 11, 30))
    assert d.value == date(2024, 12, 26)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Reid, who joined Hull at the start of the month, is the favourite.", date(2021, 1, 1)),
        ("Lund was dismissed at the beginning of last month.", date(2020, 12, 1)),
        ("The coach took caretaker charge at the start of April.", date(2020, 4, 1)),
        ("Pardo had stepped down at the end of October 2019.", date(2019, 10, 1)),
    ],
)
def test_the_start_or_end_of_a_month_is_that_month(sentence: str, month: date) -> None:
    assert _only(sentence) == ("point", month, "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "As head coach he made his debut with Nacional in 2014/15.",
        "In the season 2014-15 he directed the reserve side.",
        "He won the title in his first campaign, 2014–15, with Braga.",
    ],
)
def test_a_season_string_alone_is_that_season(sentence: str) -> None:
    (d,) = [d for d in find_dates(sentence, REF) if d.precision == "season"]
    assert d.value == date(2014, 7, 1)


def test_a_first_season_named_after_a_comma_is_that_season() -> None:
    (d,) = find_dates("Lund won the league in his first season, 2017-18, before leaving.", REF)
    assert (d.value, d.precision) == (date(2017, 7, 1), "season")


def test_two_years_apart_is_no_season() -> None:
    assert _only("He coached Mali in 2011-13.") == ("point", date(2011, 1, 1), "year")
    assert find_dates("The file is dated 2019-08 in the records.", REF) == []


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("Pardo won the cup in March 2022 but was sacked four months later.", date(2022, 7, 1), "month"),
        ("Reid was hired in October 2019 and dismissed 3 months later.", date(2020, 1, 1), "month"),
        ("He led Mali in 2018, having coached Ghana two years earlier.", date(2016, 1, 1), "year"),
        ("Lund arrived in 2015 and left three seasons later.", date(2018, 1, 1), "year"),
    ],
)
def test_so_long_after_or_before_the_date_just_told(sentence: str, value: date, precision: str) -> None:
    last = find_dates(sentence, REF)[-1]
    assert (last.value, last.precision) == (value, precision)


def test_months_later_needs_a_month_told_before() -> None:
    ds = find_dates("Reid took over in 2019 and was sacked six months later.", REF)
    assert [d.precision for d in ds] == ["year"]  # a year gives no month to count from


def test_a_weekday_and_written_date_span_from_the_weekday() -> None:
    sentence = "Lund, in charge since Reid was dismissed on Monday, January 18, stays on."
    (d,) = find_dates(sentence, REF)
    assert d.value == date(2021, 1, 18)
    assert sentence[d.start :].startswith("on Monday")


def test_seasons_of_the_year() -> None:
    ref = date(2024, 6, 12)
    got = {
        text: [(d.value.isoformat(), d.precision) for d in find_dates(text, ref)]
        for text in ("He was sacked last autumn.", "He left last spring.", "He was sacked last spring.")
    }
    assert got["He was sacked last autumn."] == [("2023-10-01", "season")]
    assert got["He left last spring."] == [("2024-04-01", "season")]
    ref = date(2024, 3, 1)  # in March, last spring is the year before's
    assert [(d.value.isoformat()) for d in find_dates("He left last spring.", ref)] == ["2023-04-01"]
