"""Date phrasings written for these tests: 'since last summer', 'since the summer of 2018',
'on Sunday, November 21', a contract's end."""

from __future__ import annotations

from datetime import date

from pipeline.extract.dates import find_dates

REF = date(2021, 12, 13)


def test_since_last_summer_is_a_spell_start() -> None:
    (d,) = find_dates("Lund has been in charge of Burnley since last summer.", REF)
    assert (d.kind, d.value, d.precision) == ("since", date(2021, 7, 1), "season")


def test_since_the_summer_of_a_year() -> None:
    (d,) = find_dates("Lund had been in charge since the summer of 2018.", REF)
    assert (d.kind, d.value, d.precision) == ("since", date(2018, 7, 1), "season")


def test_weekday_then_written_date_keeps_the_written_date() -> None:
    ds = find_dates("Reid was sacked on Sunday, November 21, and Lund took over.", REF)
    assert [d.value for d in ds] == [date(2021, 11, 21)]


def test_contract_until_end_of_season_is_a_term() -> None:
    (d,) = find_dates("Reid agreed a deal running until the end of the 2025-26 season.", REF)
    assert d.kind == "term"  # the contract's end: neither the signing's date nor a departure


def test_a_signed_deal_until_a_month_is_a_term() -> None:
    (d,) = find_dates("Lund joins from Hull and has signed a deal until June 2027.", REF)
    assert (d.kind, d.value, d.precision) == ("term", date(2027, 6, 1), "month")


def test_a_spell_until_a_month_last_year_ends_then() -> None:
    ds = find_dates("Lund coached Mali from 2019 until June last year.", REF)
    assert [(d.kind, d.value, d.precision) for d in ds] == [
        ("since", date(2019, 1, 1), "year"),
        ("until", date(2020, 6, 1), "month"),
    ]


def test_staying_until_a_month_is_the_coming_one() -> None:
    (d,) = find_dates("Lund will stay in charge until March.", REF)
    assert (d.kind, d.value) == ("until", date(2022, 3, 1))


def test_in_the_summer_is_the_latest_summer() -> None:
    (d,) = find_dates("Reid only took over in the summer.", REF)
    assert (d.value, d.precision) == (date(2021, 7, 1), "season")
    (d,) = find_dates("Reid only took over in the summer.", date(2022, 1, 14))
    assert d.value == date(2021, 7, 1)


def test_bare_weekday_after_a_verb() -> None:
    (d,) = find_dates("Lund was hired Tuesday as coach of Burnley.", date(2023, 11, 16))
    assert (d.value, d.precision) == (date(2023, 11, 14), "day")


def test_bare_weekday_without_a_verb_is_ignored() -> None:
    assert find_dates("Burnley face Everton in Saturday's derby.", date(2023, 11, 16)) == []


def test_after_more_than_n_years_starts_a_spell() -> None:
    (d,) = find_dates("Lund will leave Burnley after more than 11 years in charge.", date(2023, 11, 14))
    assert (d.kind, d.value, d.precision) == ("since", date(2012, 1, 1), "year")


def test_days_after_counts_back_from_the_day_just_told() -> None:
    from datetime import date

    from pipeline.extract.dates import find_dates

    found = find_dates(
        "the federation announced on Tuesday, four days after Ivan Kovac quit", date(2024, 11, 26)
    )
    assert [(d.value, d.precision) for d in found] == [
        (date(2024, 11, 26), "day"),
        (date(2024, 11, 22), "day"),
    ]


def test_month_of_that_year_takes_the_year_told_before() -> None:
    from datetime import date

    from pipeline.extract.dates import find_dates

    found = find_dates(
        "since September 2023, when he replaced X, who resigned in August of that year", date(2025, 6, 9)
    )
    assert found[-1].value == date(2023, 8, 1)


def test_after_a_single_season_in_charge_starts_this_season() -> None:
    from datetime import date

    from pipeline.extract.dates import find_dates

    found = find_dates(
        "He quit by mutual agreement on Tuesday after a single season in charge.", date(2024, 5, 24)
    )
    assert (found[-1].value, found[-1].precision, found[-1].kind) == (date(2023, 7, 1), "season", "since")


def test_day_before_month_with_a_year() -> None:
    for sentence in (
        "Hartley appointed Ivo Marek on 16 October 2018.",
        "Hartley appointed Ivo Marek on the 16th of October, 2018.",
        "Hartley appointed Ivo Marek on 16 Oct 2018.",
    ):
        (d,) = find_dates(sentence, REF)
        assert (d.value, d.precision) == (date(2018, 10, 16), "day"), sentence


def test_abbreviated_month_with_a_dot() -> None:
    (d,) = find_dates("Marek was sacked on Oct. 16, 2018, after a 4-0 defeat.", REF)
    assert (d.value, d.precision) == (date(2018, 10, 16), "day")


def test_day_before_month_without_a_year_is_the_latest_such_day() -> None:
    (d,) = find_dates("Marek was sacked on 5th December.", REF)
    assert (d.value, d.precision) == (date(2021, 12, 5), "day")
    (d,) = find_dates("Marek was sacked on 20 December.", REF)  # a week ahead at most, else last year
    assert d.value == date(2021, 12, 20)
    (d,) = find_dates("Marek was sacked on 28 December.", REF)
    assert d.value == date(2020, 12, 28)


def test_an_impossible_day_gives_no_date() -> None:
    assert find_dates("Marek was appointed on 31 February 2020.", REF) == []


def test_the_weekend_is_the_saturday_just_gone() -> None:  # REF is a Monday
    (d,) = find_dates("Reid was sacked at the weekend.", REF)
    assert (d.value, d.precision) == (date(2021, 12, 11), "week")
    (d,) = find_dates("Reid was sacked last weekend.", date(2021, 12, 12))  # told on a Sunday
    assert d.value == date(2021, 12, 4)


def test_numbers_before_other_words_are_not_dates() -> None:
    assert find_dates("Marek's side scored 2 goals in 3 matches.", REF) == []


def test_until_a_weekday_ends_a_spell_on_that_day() -> None:
    ref = date(2024, 10, 3)  # a Thursday
    (past,) = find_dates("Until Monday he was still in charge of the reserves.", ref)
    assert (past.value, past.precision, past.kind) == (date(2024, 9, 30), "day", "until")
    (ahead,) = find_dates("He will stay in charge until Monday.", ref)
    assert (ahead.value, ahead.kind) == (date(2024, 10, 7), "until")
    assert find_dates("Monday he was still in charge.", ref) == []  # a bare weekday needs its verb
