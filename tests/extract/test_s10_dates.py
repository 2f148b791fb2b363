"""Session 10, dates: the article's date from a wire dateline (a headline line before it, a
bracketed date, a town with accents, the year its lead's weekday fits, a URL's year folder), and
the dates of facts told relative to it."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import dateline_date, find_dates, year_from_url
from pipeline.extract.extractor import article_date
from pipeline.records import Article


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a headline line before the dateline
        (
            "Mexican Ortiz to coach Honduras\n\nTEGUCIGALPA, Feb 3, 2025 (EFE).- The federation named Ortiz.",
            date(2025, 2, 3),
        ),
        # the date in brackets after the town
        ("PORTLAND (Oct. 14, 2024) – The Timbers today hired Phil Neville.", date(2024, 10, 14)),
        # a town written with accents
        ("REYKJAVÍK, 9 March 2023 - The federation presented Age Hareide as coach.", date(2023, 3, 9)),
    ],
)
def test_dateline_forms_with_a_year(text: str, day: date) -> None:
    assert dateline_date(text, None) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 2023 told, but July 8 was a Monday in 2024
        (
            "SEOUL, July 8 (Yonhap) -- Hong will coach South Korea, the KFA said Monday. He won titles"
            " in 2022 and 2023.",
            date(2024, 7, 8),
        ),
        # a World Cup ahead told; the lead's Friday is 27 June 2025
        (
            "BEIJING, June 27 (Xinhua) -- The CFA announced on Friday that coach X would stay until the 2026"
            " World Cup.",
            date(2025, 6, 27),
        ),
        # June 4 was a Tuesday in 2019 and in 2024: the news is no older than the 2021 it tells
        (
            "MINSK, June 4 (BelTA) - Ivanov was named coach of Dinamo, the club said on Tuesday. He has"
            " led the national team since July 2021.",
            date(2024, 6, 4),
        ),
        # the news of the day before: Monday the 20th, told on the 21st (2025)
        ("LISBON, Jan 21 (Reuters) - Porto sacked X on Monday, after a 2024 of losses.", date(2025, 1, 21)),
        # no weekday told: the latest year the story tells
        ("CAIRO, Mar. 13 (Xinhua) -- Egypt, who won the 2023-24 league, named Hassan.", date(2024, 3, 13)),
        # a weekday of a past game ("Sunday's defeat") is no date of the news
        ("ROME, May 6 (ANSA) - Roma sacked X after Sunday's defeat, their worst of 2023.", date(2023, 5, 6)),
    ],
)
def test_a_datelines_year_fits_the_weekday_its_lead_tells(text: str, day: date) -> None:
    assert dateline_date(text, None) == day


def test_no_told_year_no_weekday_guess() -> None:
    assert dateline_date("ROME, May 6 (ANSA) - Roma sacked X on Monday.", None) is None


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("https://hungarytoday.hu/2024/03/marco-rossi-extends-contract/", 2024),
        ("https://www.azernews.az/sport/2019/7/229874.html", 2019),
        ("https://example.com/news/12345/coach", None),
        ("https://example.com/2024/13/coach", None),
    ],
)
def test_a_urls_year_folder(url: str, year: int | None) -> None:
    assert year_from_url(url) == year


def test_a_urls_year_folder_is_the_datelines_year() -> None:
    text = "Budapest, March 21 (MTI) – Rossi will stay until the end of the 2028 European Championship."
    article = Article(id="t", text=text, published=None, url="https://hungarytoday.hu/2024/03/rossi-stays/")
    assert article_date(article) == date(2024, 3, 21)


def test_a_headline_before_the_dateline_dates_the_lead() -> None:
    text = (
        "Uruguayan Silva to coach Panama\n\nPANAMA CITY, Jan 7, 2025 (EFE).- The Panamanian Football "
        "Federation on Tuesday named Uruguayan Jorge Silva as head coach of the national team."
    )
    dated = {(f["coach"], f["event"], f["date"]) for f in facts_of(text, None)}
    assert ("Jorge Silva", "appointed", "2025-01-07") in dated


def _dates_of(text: str) -> dict[tuple[str, str, str], str | None]:
    return {(f["coach"], f["club"], f["event"]): f["date"] for f in facts_of(text, "2025-06-02")}


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        (
            "Feyenoord have named Andries Jonker as coach. Jonker was previously interim coach of Wolfsburg"
            " in 2014.",
            ("Andries Jonker", "VfL Wolfsburg", "in_charge"),
            "2014-01-01",
        ),
        (
            "Kjetil Rand managed Rosenborg twice and also had a short stint at Hull City in 2016.",
            ("Kjetil Rand", "Hull City", "in_charge"),
            "2016-01-01",
        ),
        (
            "Fabio Conti has also coached Empoli and Verona in Serie A, and Sassuolo briefly in 2020.",
            ("Fabio Conti", "Sassuolo", "in_charge"),
            "2020-01-01",
        ),
    ],
)
def test_a_spells_year_told_right_after_its_club(text: str, key: tuple[str, str, str], day: str) -> None:
    assert _dates_of(text).get(key) == day


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the year of a title won there, not of the spell's start
        (
            "Davide Nicola coached Crotone, with whom he won promotion in 2016.",
            ("Davide Nicola", "Crotone", "in_charge"),
        ),
        # a year told of the club itself, after a clause break
        (
            "Davide Nicola coached Udinese, relegated in 2019, and Genoa.",
            ("Davide Nicola", "Udinese", "in_charge"),
        ),
    ],
)
def test_no_spell_year_from_another_clause(text: str, key: tuple[str, str, str]) -> None:
    dates = _dates_of(text)
    assert key in dates
    assert dates[key] is None


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("Dundee appointed Y, a fortnight after X was sacked.", date(2025, 5, 19), "week"),
        ("Y was named on Friday, a fortnight after X left.", date(2025, 5, 16), "week"),
        ("Y took over two fortnights after X quit.", date(2025, 5, 5), "week"),
    ],
)
def test_a_fortnight_after(sentence: str, value: date, precision: str) -> None:
    told = [d for d in find_dates(sentence, date(2025, 6, 2)) if "fortnight" in sentence[d.start : d.end]]
    assert [(d.value, d.precision) for d in told] == [(value, precision)]


def test_a_fortnight_after_dates_the_earlier_change_not_the_news() -> None:
    text = (
        "Motherwell have appointed Stuart Kettlewell as their new manager, a fortnight after Graham"
        " Alexander was sacked."
    )
    dates = _dates_of(text)
    assert dates[("Graham Alexander", "Motherwell", "dismissed")] == "2025-05-19"
    assert dates[("Stuart Kettlewell", "Motherwell", "appointed")] == "2025-06-02"


@pytest.mark.parametrize(
    "headline",
    [
        "Rizespor appoint German coach Markus Gisdol",
        "Rizespor name Markus Gisdol as new head coach",
        "Markus Gisdol new coach of Rizespor",
    ],
)
def test_a_headline_in_the_present_is_the_articles_news(headline: str) -> None:
    text = headline + "\n\nGisdol, 55, previously coached Hamburg and Cologne in the Bundesliga."
    dated = {
        (f["coach"], f["event"]): f["date"] for f in facts_of(text, "2025-06-02") if "Rizespor" in f["club"]
    }
    assert dated.get(("Markus Gisdol", "appointed")) == "2025-06-02"


@pytest.mark.parametrize(
    "headline",
    [
        "Will Rizespor appoint Markus Gisdol as head coach?",
        "Rizespor could name Markus Gisdol as new head coach",
        "Rizespor had appointed Markus Gisdol as head coach.",
    ],
)
def test_no_news_date_for_a_headline_of_what_may_happen_or_a_past_lead(headline: str) -> None:
    text = headline + "\n\nGisdol, 55, previously coached Hamburg and Cologne in the Bundesliga."
    dated = {
        (f["coach"], f["event"]): f["date"] for f in facts_of(text, "2025-06-02") if "Rizespor" in f["club"]
    }
    assert dated.get(("Markus Gisdol", "appointed")) is None
