"""Which date each fact takes in sentences telling several changes and several dates (a phrasebook
of short news written for these tests, published on Thursday 14 March 2024 unless told): an aside
on the man telling another kind of change ('have sacked X, who was appointed in July') does not date
a change told as today's news; a spell's length counts back from the dated end the sentence tells
('sacked in October 2021 after nearly three years in charge', 'spent six years …, before leaving in
2021'); a bare month in an 'after' clause is the latest before the month told before it ('in June
after X left in March'); years in brackets after a club date that club's spell ('Anderlecht
(2019-2022)', 'two spells at Benfica (2009-2015 and 2020-2021)', 'Barcelona (2008-12)')."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import find_dates

PUB = "2024-03-14"  # a Thursday
REF = date(2024, 3, 14)


def _dates_of(text: str, event: str, coach: str = "", club: str = "", published: str = PUB) -> list[tuple]:
    got = [
        (f["date"], f["date_precision"])
        for f in facts_of(text, published)
        if f["event"] == event and coach in f["coach"] and club in (f["club"] or "")
    ]
    assert got, (text, event, coach, club)
    return got


def _date_of(text: str, event: str, coach: str = "", club: str = "", published: str = PUB) -> tuple:
    return _dates_of(text, event, coach, club, published)[0]


# --- an aside on the man telling another change ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kaizer Chiefs have fired coach Molefi Ntseki, who was appointed at the start of the season.",
        "Kaizer Chiefs have sacked Molefi Ntseki, who was appointed in July.",
        "Hertha Berlin have parted company with Sandro Schwarz, who was hired in June 2022.",
        "Lorient have dismissed Regis Le Bris, who took over in the summer of 2022.",
    ],
)
def test_an_arrival_aside_does_not_date_todays_sacking(text: str) -> None:
    assert _date_of(text, "dismissed") == ("2024-03-14", "day")


@pytest.mark.parametrize(
    ("text", "appointed"),
    [
        ("Kaizer Chiefs have sacked Molefi Ntseki, who was appointed in July.", ("2023-07-01", "month")),
        (
            "Lorient have dismissed Regis Le Bris, who took over in the summer of 2022.",
            ("2022-07-01", "season"),
        ),
    ],
)
def test_the_aside_keeps_its_own_date(text: str, appointed: tuple) -> None:
    assert _date_of(text, "appointed") == appointed


def test_an_exit_aside_does_not_date_todays_appointment() -> None:
    text = "Birmingham City have appointed Tony Mowbray, who was sacked by Sunderland in December."
    assert _date_of(text, "appointed", club="Birmingham") == ("2024-03-14", "day")
    assert _date_of(text, "dismissed", club="Sunderland") == ("2023-12-01", "month")


def test_a_past_replacement_still_takes_the_asides_date() -> None:
    # the gold sets date 'Popa replaced Marin, who was sacked in 2019' by the sacking
    text = "Romania coach Dan Popa replaced Ion Marin, who was sacked in 2019 after just five months."
    assert _date_of(text, "appointed", "Popa") == ("2019-01-01", "year")


# --- a spell's length counted back from its dated end ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("He was sacked in October 2021 after nearly three years in charge.", date(2018, 1, 1), "year"),
        ("Union sacked Fischer in November after more than five years in charge.", date(2018, 1, 1), "year"),
        ("Rowett left Millwall in October 2023 after three seasons in charge.", date(2020, 7, 1), "season"),
        ("He joined D in January 2020 after seven seasons as coach of C.", date(2012, 7, 1), "season"),
        (
            "Holm spent six years in charge of Iceland, taking them to the Euros in 2016, before "
            "leaving in 2021.",
            date(2015, 1, 1),
            "year",
        ),
    ],
)
def test_a_length_counts_back_from_the_told_end(sentence: str, value: date, precision: str) -> None:
    spans = [d for d in find_dates(sentence, REF) if d.kind == "since"]
    assert [(d.value, d.precision) for d in spans] == [(value, precision)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He has coached the club over the last 13 years.", date(2011, 1, 1)),
        # no end told: from now (told in March, the season under way is the sixth)
        ("He leaves after six seasons at the club.", date(2018, 7, 1)),
        ("He spent seven years at C and won the league in 2018.", date(2017, 1, 1)),  # a win, not an end
    ],
)
def test_a_length_without_a_told_end_counts_from_the_article(sentence: str, value: date) -> None:
    spans = [d for d in find_dates(sentence, REF) if d.kind == "since"]
    assert [d.value for d in spans] == [value]


def test_the_spell_of_a_dated_sacking_starts_that_long_before() -> None:
    text = "Union Berlin sacked Urs Fischer in November 2023 after more than five years in charge."
    assert _date_of(text, "in_charge", "Fischer") == ("2018-01-01", "year")
    assert _date_of(text, "dismissed", "Fischer") == ("2023-11-01", "month")


# --- a bare month in an 'after' clause -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "event", "when"),
    [
        (
            "Ange Postecoglou was appointed Tottenham manager in June after Antonio Conte left in March.",
            "Conte",
            "left",
            "2023-03-01",
        ),
        (
            "Ange Postecoglou was appointed Tottenham manager in June after Antonio Conte left in March.",
            "Postecoglou",
            "appointed",
            "2023-06-01",
        ),
        (
            "Leeds United appointed Javi Gracia in February after sacking Jesse Marsch on February 6.",
            "Marsch",
            "dismissed",
            "2024-02-06",
        ),
        (
            "Leeds United appointed Javi Gracia in February 2023 after sacking Jesse Marsch on February 6.",
            "Marsch",
            "dismissed",
            "2023-02-06",
        ),
    ],
)
def test_a_bare_month_after_after_is_before_the_month_told(
    text: str, coach: str, event: str, when: str
) -> None:
    assert _date_of(text, event, coach)[0] == when


# --- years in brackets after a club ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club", "when"),
    [
        (
            "Kompany, who spent three seasons in charge of Anderlecht (2019-2022), replaces Mike Jackson "
            "at Burnley.",
            "Anderlecht",
            ("2019-01-01", "year"),
        ),
        (
            "Guardiola coached Barcelona (2008-12) and Bayern Munich (2013-16).",
            "Barcelona",
            ("2008-01-01", "year"),
        ),
        (
            "Guardiola coached Barcelona (2008-12) and Bayern Munich (2013-16).",
            "Bayern",
            ("2013-01-01", "year"),
        ),
        ("Amorim's spell at Braga (2019-2020) was short.", "Braga", ("2019-07-01", "season")),
    ],
)
def test_years_in_brackets_date_that_clubs_spell(text: str, club: str, when: tuple) -> None:
    assert _date_of(text, "in_charge", club=club) == when


def test_two_spells_in_brackets_each_take_their_years() -> None:
    text = (
        "Al-Hilal coach Jorge Jesus, who had two spells at Benfica (2009-2015 and 2020-2021), has been "
        "linked with a return to Flamengo."
    )
    assert sorted(_dates_of(text, "in_charge", club="Benfica")) == [
        ("2009-01-01", "year"),
        ("2020-07-01", "season"),
    ]
    assert _date_of(text, "in_charge", club="Hilal")[0] is None  # not another club's years


@pytest.mark.parametrize(
    "sentence",
    ["He scored in a 2-1 win (2019-20 season).", "The club finished 2012-13 in fifth."],
)
def test_a_season_outside_brackets_is_no_spell_start(sentence: str) -> None:
    assert all(d.kind == "point" for d in find_dates(sentence, REF))


# --- a spell that began, a title's post, a win's year, a quotation, a later change ---------------


def test_a_spell_that_began_dates_the_spell_not_the_exit() -> None:
    text = (
        "Jurgen Klopp will step down as Liverpool manager at the end of the season, ending a spell that "
        "began in October 2015."
    )
    assert _date_of(text, "in_charge", "Klopp") == ("2015-10-01", "month")
    assert _date_of(text, "resigned", "Klopp") != ("2015-10-01", "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "That closed a second stint with the club which had begun in May 2016.",
        "His time at the club, which began in 2016, is heading towards a decade.",
        "A tenure that started in July 2019 is over.",
    ],
)
def test_a_spell_that_began_is_a_start(sentence: str) -> None:
    assert [d.kind for d in find_dates(sentence, REF)] == ["since"]


def test_todays_appointment_is_not_dated_by_an_old_spells_start() -> None:
    text = (
        "Hull City have appointed Paul Crane, a month after he was sacked by Reading, ending a "
        "second stint there that had begun in May 2016."
    )
    assert _date_of(text, "appointed", "Crane") == ("2024-03-14", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Wolfsburg coach Lars Berg will leave the club when this season ends.",
        "Freiburg coach Christian Streich will leave the club in the summer.",
    ],
)
def test_a_titles_post_takes_no_end_to_come(text: str) -> None:
    assert all(d is None for d, _ in _dates_of(text, "in_charge"))


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Oliver Glasner, who won the Europa League with Eintracht Frankfurt in 2022, has been appointed "
            "Crystal Palace manager.",
            "Frankfurt",
        ),
        ("Unai Emery won the Europa League with Villarreal in 2021.", "Villarreal"),
    ],
)
def test_a_wins_year_is_no_spell_start(text: str, club: str) -> None:
    assert _date_of(text, "in_charge", club=club)[0] is None


def test_a_year_told_as_the_spells_start_after_a_win_still_dates_it() -> None:
    text = "Scott Parker, the Fulham manager, won promotion twice with Fulham after taking over in 2019."
    assert _date_of(text, "in_charge", "Parker", "Fulham") == ("2019-01-01", "year")


def test_a_date_in_a_quotation_of_others_does_not_date_the_speakers_post() -> None:
    text = (
        '"We have been together for the past two seasons," said Stuttgart coach Sebastian Hoeness, who '
        "arrived in April 2023."
    )
    assert _date_of(text, "appointed", "Hoeness") == ("2023-04-01", "month")
    assert all(f["date"] != "2021-07-01" for f in facts_of(text, PUB))


def test_a_speaker_telling_his_own_spell_dates_it() -> None:
    text = '"I have been here since 2018 and I love this club," said Brentford manager Thomas Frank.'
    assert _date_of(text, "in_charge", "Frank") == ("2018-01-01", "year")


@pytest.mark.parametrize(
    ("text", "event", "coach", "when"),
    [
        (
            "Southampton parted company with Ralph Hasenhuttl in November. Nathan Jones replaced him but was "
            "sacked in February.",
            "appointed",
            "Jones",
            None,
        ),
        (
            "Frank Lampard was appointed Everton manager in January 2022 and was sacked a year later.",
            "appointed",
            "Lampard",
            "2022-01-01",
        ),
        (
            "Leeds United sacked Jesse Marsch and appointed Javi Gracia in February.",
            "dismissed",
            "Marsch",
            "2024-02-01",
        ),
    ],
)
def test_a_later_change_of_the_same_man_keeps_its_date(text: str, event: str, coach: str, when: str) -> None:
    assert _date_of(text, event, coach)[0] == when


def test_a_length_at_the_club_counts_back_from_a_dated_exit() -> None:
    text = (
        "Carlos Corberan left West Brom for Valencia in the summer after almost two years at The Hawthorns."
    )
    assert _date_of(text, "in_charge", club="West Brom") == ("2021-01-01", "year")
