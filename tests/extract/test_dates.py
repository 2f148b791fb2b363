"""Publication dates, datelines and relative expressions."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract import article_date
from pipeline.extract.dates import find_dates
from pipeline.records import Article

REF = date(2024, 11, 19)  # a Tuesday


@pytest.mark.parametrize(
    ("phrase", "expected", "precision"),
    [
        ("was sacked on Tuesday", date(2024, 11, 19), "day"),
        ("was sacked on Monday", date(2024, 11, 18), "day"),
        ("was sacked yesterday", date(2024, 11, 18), "day"),
        ("took over two weeks ago", date(2024, 11, 5), "week"),
        ("took over a fortnight ago", date(2024, 11, 5), "week"),
        ("was appointed last summer", date(2024, 7, 1), "season"),
        ("was appointed in February", date(2024, 2, 1), "month"),
        ("was appointed in mid-January", date(2024, 1, 15), "month"),
        ("left last season", date(2023, 7, 1), "season"),
        ("was appointed in December 2022", date(2022, 12, 1), "month"),
        ("was appointed on March 3, 2021", date(2021, 3, 3), "day"),
    ],
)
def test_point_dates(phrase: str, expected: date, precision: str) -> None:
    (found,) = find_dates(phrase, REF)
    assert (found.value, found.precision, found.kind) == (expected, precision, "point")


@pytest.mark.parametrize(
    ("phrase", "expected", "precision", "kind"),
    [
        ("has led the club over the last 13 years", date(2011, 1, 1), "year", "since"),
        ("Klopas was head coach from 2011-13.", date(2011, 1, 1), "year", "since"),
        ("in charge from December 2016 to April 2019", date(2016, 12, 1), "month", "since"),
        ("has been head coach since 2018", date(2018, 1, 1), "year", "since"),
        ("spending five years at the club", date(2019, 1, 1), "year", "since"),
        ("in charge of the under-19s until this season", date(2024, 6, 30), "season", "until"),
    ],
)
def test_spell_dates(phrase: str, expected: date, precision: str, kind: str) -> None:
    (found,) = find_dates(phrase, REF)
    assert (found.value, found.precision, found.kind) == (expected, precision, kind)


def test_relative_dates_need_a_reference_but_years_do_not() -> None:
    assert find_dates("was sacked on Monday", None) == []
    (found,) = find_dates("was head coach from 2011-13", None)
    assert found.value == date(2011, 1, 1)


def test_article_date_sources() -> None:
    assert article_date(Article(id="a", text="x", published="2021-09-30T10:00:00Z")) == date(2021, 9, 30)
    assert article_date(Article(id="a", text="x", url="https://x.test/sport/2012/02/23/story")) == date(
        2012, 2, 23
    )
    dated = Article(id="a", text="MADRID, Feb. 9, 2015 (Xinhua) -- Barcelona sacked their coach.")
    assert article_date(dated) == date(2015, 2, 9)
    assert article_date(Article(id="a", text="No date anywhere.")) is None


def test_fact_dates_resolve_against_the_article() -> None:
    (fact,) = facts_of("Brentford sacked manager Olaf Lind on Monday.", published="2024-11-19")
    assert (fact["date"], fact["date_precision"]) == ("2024-11-18", "day")
    (undated,) = facts_of("Brentford sacked manager Olaf Lind on Monday.", published=None)
    assert undated["date"] is None and undated["date_precision"] is None


def test_dateline_gives_the_year_from_the_url() -> None:
    text = "MADRID, Feb. 9 (Xinhua) -- Getafe on Monday sacked coach Pablo Ruiz."
    (fact,) = [
        f
        for f in facts_of(text, published=None, url="https://x.test/2015-02-13/1.html")
        if f["event"] == "dismissed"
    ]
    assert fact["date"] is not None


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-12",
        "2024-03-12T10:00:00+01:00",
        "Tue, 12 Mar 2024 10:00:00 GMT",
        "March 12, 2024",
        "2024/03/12",
        "12.03.2024",
    ],
)
def test_published_formats(value: str) -> None:
    assert article_date(Article(id="a", text="x", published=value)) == date(2024, 3, 12)
