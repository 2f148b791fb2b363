"""Date phrasings from a phrasebook of short news written for these tests (published on Thursday
14 March 2024 unless told): 'on the 6th', 'in the winter break', 'in the close season', 'the
previous summer', 'the start of the season', 'the end of 2023', 'ahead of the 2020 season' (a
calendar-year league), 'summer 2023', 'in the early hours of Monday', 'over the past decade'; a
wire dateline with the day first or a dash and no agency; a bare month told after a dated clause
takes that clause's year; a date before 'after …' or 'and replaced …' is the other clause's; a
departure in a summer is dated 30 June."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import dateline_date, find_dates

PUB = "2024-03-14"  # a Thursday
REF = date(2024, 3, 14)


def _date_of(text: str, event: str, coach: str = "", published: str | None = PUB, **kw: str) -> tuple:
    got = [f for f in facts_of(text, published, **kw) if f["event"] == event and coach in f["coach"]]
    assert got, (text, event)
    return got[0]["date"], got[0]["date_precision"]


def _only(sentence: str, ref: date = REF) -> tuple[str, date, str]:
    (d,) = find_dates(sentence, ref)
    return d.kind, d.value, d.precision


# --- expressions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Lyon appointed Pierre Sage on the 6th, replacing Fabio Grosso.", date(2024, 3, 6)),
        ("The club sacked him on the 14th.", date(2024, 3, 14)),
        ("Gent confirmed the change on the 28th and named a caretaker.", date(2024, 2, 28)),
        ("He was dismissed on the 2nd of last month.", date(2024, 2, 2)),
        ("The board met on the 3rd of this month", date(2024, 3, 3)),
    ],
)
def test_on_the_nth_is_the_latest_such_day(sentence: str, value: date) -> None:
    assert _only(sentence) == ("point", value, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "Burnley scored in the 6th minute and never looked back.",
        "They finished on the 6th rung of the ladder.",
        "The club are 6th in the table.",
    ],
)
def test_an_ordinal_that_counts_something_is_no_date(sentence: str) -> None:
    assert find_dates(sentence, REF) == []


def test_on_the_nth_told_ahead_is_the_coming_one() -> None:
    (d,) = find_dates("He will be unveiled on the 2nd.", REF)
    assert d.value == date(2024, 4, 2)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Hertha sacked Sandro Schwarz in the winter break.", date(2024, 1, 1)),
        ("The coach was replaced during the mid-season break.", date(2024, 1, 1)),
        ("Lund arrived in the January transfer window.", date(2024, 1, 1)),
    ],
)
def test_the_winter_break_is_the_latest_january(sentence: str, value: date) -> None:
    assert _only(sentence) == ("point", value, "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lincoln appointed Michael Skubala in the close season.",
        "Skubala took over during the off-season.",
        "He joined in the closed season from Leeds.",
        "He was named coach during pre-season.",
    ],
)
def test_the_close_season_is_the_latest_summer(sentence: str) -> None:
    (d,) = find_dates(sentence.replace("during pre-season", "during the pre-season"), REF)
    assert (d.value, d.precision) == (date(2023, 7, 1), "season")


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("Ainsworth left the previous summer.", date(2023, 7, 1), "season"),
        ("Koller signed a new deal in the previous season.", date(2022, 7, 1), "season"),
        ("He had been sacked the preceding year.", date(2023, 1, 1), "year"),
    ],
)
def test_the_previous_unit_told_alone_is_the_last_one(sentence: str, value: date, precision: str) -> None:
    assert _only(sentence)[1:] == (value, precision)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Iraola arrived at Bournemouth at the start of the season.", date(2023, 7, 1)),
        ("Buruk was hired at the beginning of last season.", date(2022, 7, 1)),
        ("He took over at the start of the campaign.", date(2023, 7, 1)),
    ],
)
def test_the_start_of_the_season(sentence: str, value: date) -> None:
    assert _only(sentence) == ("point", value, "season")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Shanghai Port parted ways with Pereira at the end of 2023.", date(2023, 12, 1)),
        ("He took charge at the start of 2022.", date(2022, 1, 1)),
        ("He was appointed at the beginning of 2019.", date(2019, 1, 1)),
        ("Lund was dismissed in the middle of 2021.", date(2021, 7, 1)),
    ],
)
def test_an_edge_of_a_written_year_is_its_month(sentence: str, value: date) -> None:
    assert _only(sentence) == ("point", value, "month")


def test_since_the_start_of_a_year_starts_a_spell() -> None:
    assert _only("Filipe Luis has coached the under-20s since the start of 2024.") == (
        "since",
        date(2024, 1, 1),
        "month",
    )


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Orlando City hired Oscar Pareja ahead of the 2020 season.", 2020),
        ("Vasco sacked Ramon Diaz during the 2023 season.", 2023),
        ("Cruzeiro dismissed Pepa in the 2023 Brasileirao season.", 2023),
        ("He was named coach before the 2022 MLS season.", 2022),
        ("Persib appointed Bojan Hodak in the second half of the 2023 campaign.", 2023),
    ],
)
def test_a_calendar_year_season_is_its_year(sentence: str, year: int) -> None:
    assert _only(sentence) == ("point", date(year, 1, 1), "year")


def test_a_split_season_is_still_a_season() -> None:
    assert _only("He was sacked during the 2022-23 season.") == ("point", date(2022, 7, 1), "season")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kashima appointed Ranko Popovic in summer 2023.",
        "He joined in the summer 2023.",
        "Lund left Hull in summer of 2023.",
    ],
)
def test_summer_and_a_year_without_the_or_of(sentence: str) -> None:
    (d,) = find_dates(sentence, REF)
    assert (d.value, d.precision) == (date(2023, 7, 1), "season")


def test_a_contract_until_summer_of_a_year_is_a_term() -> None:
    (d,) = find_dates("He has signed a contract until the summer of 2026.", REF)
    assert (d.kind, d.value) == ("term", date(2026, 7, 1))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Guadalajara fired Paunovic in the early hours of Monday.", date(2024, 3, 11)),
        ("The club confirmed the sacking on the evening of Tuesday.", date(2024, 3, 12)),
    ],
)
def test_the_hours_of_a_weekday(sentence: str, value: date) -> None:
    assert _only(sentence) == ("point", value, "day")


def test_the_hours_of_a_match_day_are_no_weekday_date() -> None:
    assert find_dates("He spoke on the morning of Saturday's derby.", REF) == []


def test_over_the_past_decade_starts_a_spell() -> None:
    assert _only("Vermes has been in charge over the past decade.") == ("since", date(2014, 1, 1), "year")


def test_a_decade_ago() -> None:
    assert _only("He was first appointed a decade ago.")[1:] == (date(2014, 1, 1), "year")


def test_the_summer_told_ahead_is_the_coming_one() -> None:
    (d,) = find_dates("Klopp will leave Liverpool in the summer.", REF)
    assert d.value == date(2024, 7, 1)
    (d,) = find_dates("Klopp said he would leave Liverpool in the summer.", REF)
    assert d.value == date(2024, 7, 1)
    (d,) = find_dates("Klopp left Liverpool in the summer.", REF)
    assert d.value == date(2023, 7, 1)


def test_a_year_after_a_month_is_that_month_a_year_before() -> None:
    ds = find_dates("Smith was appointed in December, a year after leaving Norwich.", REF)
    assert [(d.value, d.precision) for d in ds] == [
        (date(2023, 12, 1), "month"),
        (date(2022, 12, 1), "month"),
    ]


# --- datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("JOHANNESBURG, March 11, 2024 - Kaizer Chiefs sacked coach Molefi Ntseki.", date(2024, 3, 11)),
        ("DOHA, 12 March 2024 (AFP) - Qatar named a new coach.", date(2024, 3, 12)),
        ("PUNE, October 4, 2024: Odisha on Friday named Sergio Lobera.", date(2024, 10, 4)),
        ("TAMPA, Florida – May 6, 2024 – The Rowdies today announced a new coach.", date(2024, 5, 6)),
        ("LAGOS, Nigeria, March 12, 2024 -- The federation named Finidi George.", date(2024, 3, 12)),
        ("CAIRO, Mar. 13 (Xinhua) -- Egypt, who won the 2023-24 league, named Hassan.", date(2024, 3, 13)),
        (
            "ACCRA, Oct. 3 (Xinhua) -- Ghana's 2023-24 campaign began with Hughton in charge.",
            date(2023, 10, 3),
        ),
    ],
)
def test_dateline_forms(text: str, day: date) -> None:
    assert dateline_date(text, None) == day


def test_a_dateline_takes_no_year_from_a_contracts_end() -> None:
    text = "CAIRO, March 13 (Xinhua) -- Egypt named Hassan as coach on a deal until 2026."
    assert dateline_date(text, None) is None


def test_a_dashed_dateline_with_its_year_dates_the_news() -> None:
    text = "JOHANNESBURG, March 11, 2024 - Kaizer Chiefs sacked coach Molefi Ntseki on Monday."
    assert _date_of(text, "dismissed", published=None) == ("2024-03-11", "day")


def test_a_dateline_without_a_year_takes_the_storys_latest() -> None:
    text = (
        "CAIRO, March 13 (Xinhua) -- Egypt's football association on Wednesday named Hossam Hassan "
        "as head coach of the national team. Hassan led Al Masry to fifth place in the 2023-24 season."
    )
    assert _date_of(text, "appointed", "Hassan", published=None) == ("2024-03-13", "day")


# --- which date a fact takes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event", "coach", "want"),
    [
        (
            "Ange Postecoglou was appointed by Celtic in June 2021 after Neil Lennon resigned in February.",
            "resigned",
            "Lennon",
            ("2021-02-01", "month"),
        ),
        (
            "Jesse Marsch was appointed by Leeds United in February 2022 after Marcelo Bielsa was sacked "
            "in late February.",
            "appointed",
            "Marsch",
            ("2022-02-01", "month"),
        ),
        (
            "Julen Lopetegui was named Wolves manager in November 2022 after Bruno Lage was sacked in "
            "October.",
            "dismissed",
            "Lage",
            ("2022-10-01", "month"),
        ),
        (
            "Stoke sacked Alex Neil in December 2023 and appointed Steven Schumacher in January.",
            "appointed",
            "Schumacher",
            ("2024-01-01", "month"),
        ),
    ],
)
def test_a_bare_month_after_a_dated_clause_takes_its_year(
    text: str, event: str, coach: str, want: tuple
) -> None:
    assert _date_of(text, event, coach) == want


def test_a_month_told_last_year_is_not_the_told_years() -> None:
    text = "Greece named Rui Lopes. He led Braga to the cup in 2021 and left the club in November last year."
    assert _date_of(text, "left", "Lopes") == ("2023-11-01", "month")


def test_a_bare_month_after_an_aside_keeps_the_news_year() -> None:
    text = "Paul Warne, who won promotion with Rotherham in May 2022, was sacked by Derby County in February."
    assert _date_of(text, "dismissed", "Warne") == ("2024-02-01", "month")


@pytest.mark.parametrize(
    ("text", "coach", "want"),
    [
        (
            "Wade Elliott was sacked by Cheltenham Town in September and replaced by Darrell Clarke "
            "in October.",
            "Clarke",
            ("2023-10-01", "month"),
        ),
        (
            "Gary Rowett was sacked by Millwall in October and replaced by Joe Edwards in November.",
            "Edwards",
            ("2023-11-01", "month"),
        ),
    ],
)
def test_and_replaced_by_takes_the_date_told_of_the_successor(text: str, coach: str, want: tuple) -> None:
    assert _date_of(text, "appointed", coach) == want


def test_the_sacking_keeps_its_own_date_before_and_replaced() -> None:
    text = (
        "Wade Elliott was sacked by Cheltenham Town in September and replaced by Darrell Clarke in October."
    )
    assert _date_of(text, "dismissed", "Elliott") == ("2023-09-01", "month")


@pytest.mark.parametrize(
    ("text", "event", "coach"),
    [
        (
            "Paulo Fonseca, who left Lille in the summer, has been linked with the Milan job.",
            "left",
            "Fonseca",
        ),
        ("Burnley boss Vincent Kompany left Anderlecht in the close season.", "left", "Kompany"),
        ("Julen Lopetegui left Wolverhampton Wanderers in the summer of 2023.", "left", "Lopetegui"),
    ],
)
def test_a_summer_departure_is_dated_30_june(text: str, event: str, coach: str) -> None:
    got = _date_of(text, event, coach)
    assert got[0].endswith("-06-30") and got[1] == "season"


def test_a_summer_arrival_is_dated_1_july() -> None:
    assert _date_of(
        "Ange Postecoglou joined Tottenham Hotspur from Celtic over the summer.", "appointed"
    ) == (
        "2023-07-01",
        "season",
    )


@pytest.mark.parametrize(
    ("text", "event", "coach", "want"),
    [
        ("Celtic sacked Brendan Rodgers on Tuesday.", "dismissed", "Rodgers", ("2024-03-12", "day")),
        (
            "Bristol Rovers parted company with Joey Barton last weekend.",
            "dismissed",
            "Barton",
            ("2024-03-09", "week"),
        ),
        (
            "Marseille have appointed Jean-Louis Gasset this week.",
            "appointed",
            "Gasset",
            ("2024-03-14", "week"),
        ),
        (
            "Gent sacked Hein Vanhaezebrouck at the turn of the year.",
            "dismissed",
            "Vanhaez",
            ("2024-01-01", "month"),
        ),
        (
            "Wrexham gave Phil Parkinson a new contract earlier this month.",
            "extended",
            "Parkinson",
            ("2024-03-01", "month"),
        ),
        (
            "Erik ten Hag was named Manchester United manager 18 months ago.",
            "appointed",
            "ten Hag",
            ("2022-09-01", "month"),
        ),
        (
            "Xabi Alonso has coached Bayer Leverkusen since 2022.",
            "in_charge",
            "Alonso",
            ("2022-01-01", "year"),
        ),
        (
            "Mauricio Pochettino coached Paris Saint-Germain between 2021 and 2022.",
            "in_charge",
            "Pochettino",
            ("2021-01-01", "year"),
        ),
        (
            "Back in 2018, Unai Emery was appointed Arsenal head coach.",
            "appointed",
            "Emery",
            ("2018-01-01", "year"),
        ),
        ("Lecce sacked Roberto D'Aversa on Monday night.", "dismissed", "D'Aversa", ("2024-03-11", "day")),
        (
            "Sevilla sacked Diego Alonso in the early hours of Sunday.",
            "dismissed",
            "Alonso",
            ("2024-03-10", "day"),
        ),
    ],
)
def test_everyday_news_dates(text: str, event: str, coach: str, want: tuple) -> None:
    assert _date_of(text, event, coach) == want


@pytest.mark.parametrize(
    ("text", "event", "coach"),
    [
        ("Roberto Martinez left Belgium after the World Cup.", "left", "Martinez"),
        ("Nuno Espirito Santo previously managed Wolverhampton Wanderers.", "in_charge", "Nuno"),
        ("Southampton sacked Nathan Jones after only 14 games in charge.", "dismissed", "Jones"),
    ],
)
def test_no_date_told_is_null(text: str, event: str, coach: str) -> None:
    assert _date_of(text, event, coach) == (None, None)


# --- second round: terms, 'that summer', 'a day later', a news line's weekday, a win's date ----


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Vitoria sacked Moreno Silva last term after a poor run.", date(2022, 7, 1)),
        ("He has lost only twice this term.", date(2023, 7, 1)),
        ("Gil Vicente appointed Vitor Campelos earlier in the season.", date(2023, 7, 1)),
        ("The coach was dismissed early in the campaign.", date(2023, 7, 1)),
    ],
)
def test_terms_and_earlier_in_the_season(sentence: str, value: date) -> None:
    assert _only(sentence)[1:] == (value, "season")


@pytest.mark.parametrize(
    ("text", "event", "coach", "want"),
    [
        (
            "Al-Nassr parted ways with Rudi Garcia in April 2023 and named Luis Castro that summer.",
            "appointed",
            "Castro",
            ("2023-07-01", "season"),
        ),
        (
            "Rotherham sacked Matt Taylor in October 2023 and appointed Leam Richardson later that year.",
            "appointed",
            "Richardson",
            ("2023-01-01", "year"),
        ),
        (
            "Swansea sacked Michael Duff on December 4, 2023, and appointed Luke Williams a day later.",
            "appointed",
            "Williams",
            ("2023-12-05", "day"),
        ),
        (
            "Everton sacked Frank Lampard on 23 January 2023 and appointed Sean Dyche days later.",
            "appointed",
            "Dyche",
            ("2023-01-26", "week"),
        ),
        (
            "Everton sacked Frank Lampard in January 2023 and appointed Sean Dyche days later.",
            "appointed",
            "Dyche",
            ("2023-01-01", "month"),
        ),
    ],
)
def test_a_unit_told_of_the_date_before(text: str, event: str, coach: str, want: tuple) -> None:
    assert _date_of(text, event, coach) == want


def test_that_unit_without_a_date_before_is_no_date() -> None:
    assert find_dates("He was appointed that summer.", REF) == []


def test_the_same_day_of_a_year_is_no_date() -> None:
    ds = find_dates("X, who won it in 2014, left Everton, which confirmed it on the same day.", REF)
    assert [d.value for d in ds] == [date(2014, 1, 1)]


def test_month_of_that_year_is_one_date() -> None:
    ds = find_dates("He joined in May 2019 and left in August of that year.", REF)
    assert [d.value for d in ds] == [date(2019, 5, 1), date(2019, 8, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Seattle Sounders coach Brian Schmetzer signed a multi-year contract extension Tuesday.",
        "Seattle Sounders coach Brian Schmetzer agreed a new deal Tuesday.",
    ],
)
def test_a_news_lines_weekday_after_its_object(text: str) -> None:
    assert _date_of(text, "extended", "Schmetzer") == ("2024-03-12", "day")


def test_a_weekday_before_a_match_is_no_date() -> None:
    assert find_dates("Burnley face Everton Saturday in the derby.", REF) == []


def test_a_wins_date_is_not_the_appointments() -> None:
    text = (
        "Miguel Russo returned to Boca Juniors in 2020 as head coach, winning the title that year "
        "before he was dismissed in 2021."
    )
    facts = facts_of(text, PUB)
    assert not [f for f in facts if f["event"] == "appointed" and f["date"] == "2021-01-01"]
