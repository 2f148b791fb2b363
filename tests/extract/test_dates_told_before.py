"""Dates told by the date before them, not by the article's: 'that August', 'that November', 'later
that month', 'in October of the same year', 'at the end of that year', 'the following season', 'the
next June', 'the following day', 'a year later' — of the date told earlier in the sentence, else of
the one the sentences just before told last (a year named in passing too: 'the 2022 World Cup'),
with the precision the words give. Short news of our own, published on Thursday 14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import dates_told_before, find_dates
from pipeline.extract.facts import Context

PUB = "2024-03-14"
REF = date(2024, 3, 14)


def _date_of(text: str, event: str, coach: str) -> tuple:
    """The date of the coach's fact of that event (a permanent post's, beside an interim one's)."""
    got = [f for f in facts_of(text, PUB) if f["event"] == event and coach in f["coach"]]
    got.sort(key=lambda f: f["role"] == "caretaker")
    assert got, (text, event)
    return got[0]["date"], got[0]["date_precision"]


@pytest.mark.parametrize(
    ("text", "event", "coach", "want"),
    [
        # a month after 'that', of the year told before it in the sentence
        (
            "Marco Verdi replaced Luca Neri at Genoa in January 2020 and was sacked after a 5-0 defeat "
            "that August.",
            "dismissed",
            "Verdi",
            ("2020-08-01", "month"),
        ),
        (
            "Anna Berg was named interim coach of Rosengård in June 2021 and was given the job permanently "
            "that November.",
            "appointed",
            "Berg",
            ("2021-11-01", "month"),
        ),
        # … of a summer told before it (a season): that autumn's month
        (
            "Tom Hale replaced Dan Ross at Burnley in the summer of 2016 and was given the job permanently "
            "that October.",
            "appointed",
            "Hale",
            ("2016-10-01", "month"),
        ),
        # the unit after the date told
        (
            "Pablo Ruiz took over at Getafe in 2017 and was sacked by the club the following season.",
            "dismissed",
            "Ruiz",
            ("2018-07-01", "season"),
        ),
        (
            "Pablo Ruiz was hired by Getafe in October 2018 and left the club the following June.",
            "left",
            "Ruiz",
            ("2019-06-01", "month"),
        ),
    ],
)
def test_a_date_told_by_the_one_before_in_the_sentence(
    text: str, event: str, coach: str, want: tuple
) -> None:
    assert _date_of(text, event, coach) == want


@pytest.mark.parametrize(
    ("text", "event", "coach", "want"),
    [
        (
            "Como sacked Moreno Longo in November 2022. Osian Roberts was named head coach of Como later "
            "that month.",
            "appointed",
            "Roberts",
            ("2022-11-01", "month"),
        ),
        (
            "Juan Ortega joined Real Zaragoza in 2019 after leaving Elche. He was sacked by Zaragoza in "
            "October of the same year.",
            "dismissed",
            "Ortega",
            ("2019-10-01", "month"),
        ),
        (
            "Greg Holt took over at Fulham in 2015. A year later he was sacked by Fulham.",
            "dismissed",
            "Holt",
            ("2016-01-01", "year"),
        ),
        # the year told last is one named in passing ("the 2022 World Cup")
        (
            "Greg Holt took charge of Wales in 2018 and led them to the 2022 World Cup. Wales sacked Holt "
            "at the end of that year.",
            "dismissed",
            "Holt",
            ("2022-12-01", "month"),
        ),
    ],
)
def test_a_date_told_by_the_one_the_sentence_before_told(
    text: str, event: str, coach: str, want: tuple
) -> None:
    assert _date_of(text, event, coach) == want


def test_the_following_day_of_a_day_told() -> None:
    ds = find_dates(
        "He was dismissed on January 16, only for the owner to reinstate him the following day.", REF
    )
    assert [(d.value, d.precision) for d in ds] == [(date(2024, 1, 16), "day"), (date(2024, 1, 17), "day")]


# --- near misses: no date where the text gives none ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The board took a decision that may cost him his job.",  # the verb, not the month
        "Fans that march to the ground will protest.",
        "He was given the job permanently that November.",  # nothing told before it
    ],
)
def test_no_month_without_a_date_before_it(sentence: str) -> None:
    assert find_dates(sentence, REF) == []


def test_the_following_day_of_a_month_told_is_no_day() -> None:
    ds = find_dates("He was dismissed in January 2023 and reinstated the following day.", REF)
    assert [d.value for d in ds] == [date(2023, 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a contract's term is no date the next sentence leans on
        "Greg Holt signed a contract with Fulham until 2026. Fulham sacked Holt that summer.",
        # the date told is too far back
        "Greg Holt joined Fulham in 2015. Fulham won the cup. Fulham lost the final. The fans were happy. "
        "Fulham sacked Holt that summer.",
    ],
)
def test_no_date_without_one_told_just_before(text: str) -> None:
    assert _date_of(text, "dismissed", "Holt") == (None, None)


def test_a_terms_year_is_no_date_the_next_sentence_leans_on() -> None:
    text = "Greg Holt signed a deal with Fulham running to June 2026. Fulham sacked Holt that summer."
    assert _date_of(text, "dismissed", "Holt") == (None, None)


# --- 'since then', 'on the same day', 'earlier in the day' -----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ajax sacked Maurice Steijn in October. Since then assistant Hedwiges Maduro has led Ajax on an "
            "interim basis.",
            ("2023-10-01", "month"),
        ),
        # not the date counted back to another event ("a fortnight after the takeover")
        (
            "Newcastle parted ways with Steve Bruce on October 20, less than a fortnight after the takeover. "
            "Hedwiges Maduro, Bruce's assistant, has been in interim charge of Ajax since then.",
            ("2023-10-20", "day"),
        ),
    ],
)
def test_since_then_starts_a_spell_at_the_date_told_before(text: str, want: tuple) -> None:
    got = [f for f in facts_of(text, "2023-11-16") if f["event"] == "in_charge" and "Maduro" in f["coach"]]
    assert (got[0]["date"], got[0]["date_precision"]) == want


def test_since_then_with_no_date_before_is_no_date() -> None:
    assert find_dates("Since then assistant Hedwiges Maduro has led Ajax on an interim basis.", REF) == []


@pytest.mark.parametrize(
    "text",
    [
        "Haugesund named Oskar Hrafn as coach on Wednesday evening. In Breidablik his assistant Halldor "
        "Arnason takes over as head coach, the Icelandic club said on the same day.",
        # the year told in its own sentence is not the day
        "Haugesund named Oskar Hrafn as coach on Wednesday evening. Halldor Arnason, who won the league "
        "with Breidablik in 2022 as an assistant, takes over as head coach of Breidablik, the Icelandic "
        "club said on the same day.",
        "Haugesund named Oskar Hrafn as coach on Wednesday. Halldor Arnason was appointed head coach of "
        "Breidablik earlier in the day.",
    ],
)
def test_the_same_day_is_the_day_told_before(text: str) -> None:
    got = [f for f in facts_of(text, "2023-11-16") if f["event"] == "appointed" and "Arnason" in f["coach"]]
    assert (got[0]["date"], got[0]["date_precision"]) == ("2023-11-15", "day")


def test_the_same_day_of_a_year_told_before_is_no_date() -> None:
    text = (
        "Halldor Arnason won the league in 2022. Breidablik appointed Arnason as head coach on the same day."
    )
    got = [f for f in facts_of(text, "2023-11-16") if f["event"] == "appointed"]
    assert [f["date"] for f in got] == [None]


def test_fresh_context_without_sentences_tells_no_dates_before() -> None:
    """A Context the extractor has not filled holds no sentences: nothing told before, no IndexError."""
    assert dates_told_before(Context().sentences, 0, REF) == ()
    assert dates_told_before(Context().sentences, 3, None) == ()


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Roberts was named that May.", True),
        ("He left in the same March.", True),
        ("Roberts was named later that month.", True),
        ("He said that may be his last game.", False),
        ("Fans that march to the ground were told.", False),
    ],
)
def test_month_looks_back_only_with_its_capital(sentence: str, told: bool) -> None:
    """'that May' leans on a date before it; 'that may be', 'that march' are no month."""
    sentences = ["Como sacked Longo on 3 November 2023.", sentence]
    assert bool(dates_told_before(sentences, 1, REF)) is told
