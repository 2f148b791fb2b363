"""Tenures told by their length or as summaries, and the start each implies, counted back from the end the
text tells: "X left C on Monday, ending a seven-year spell" (a spell since seven years before that exit),
"X's 18-month stint at C ended in May", "his 16 months at C came to an abrupt end", "after two and a half
years in charge". Years give a year, months a month, seasons the season's July. A spell told by its
length alone beside an undated exit dates nothing and is not recorded. Written for these tests in our own
words, with made-up coaches."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

PUBLISHED = "2024-03-14"


def _spell(text: str, coach: str, club: str) -> dict | None:
    return next(
        (
            f
            for f in facts_of(text, PUBLISHED)
            if (f["coach"], f["club"], f["event"]) == (coach, club, "in_charge")
        ),
        None,
    )


@pytest.mark.parametrize(
    ("text", "coach", "club", "date", "precision"),
    [
        # "…, ending a N-year spell" after a dated departure
        (
            "Piet Vermaelen left Sparta Rotterdam in November, ending a seven-year spell that brought two "
            "promotions.",
            "Piet Vermaelen",
            "Sparta Rotterdam",
            "2016-01-01",
            "year",
        ),
        (
            "Al Shabab have parted ways with Karim Haddad by mutual consent, ending the Lebanese coach's "
            "18-month spell in Riyadh.",
            "Karim Haddad",
            "Al-Shabab",
            "2022-09-01",
            "month",
        ),
        (
            "Tomas Berglund left Malmo FF on Tuesday, ending his decade-long reign at the club.",
            "Tomas Berglund",
            "Malmö FF",
            "2014-01-01",
            "year",
        ),
        # "X's N-unit spell at C ended …": the spell and its end in one phrase
        (
            "Marco Bellini's two-year spell with Sampdoria ended in May.",
            "Marco Bellini",
            "Sampdoria",
            "2021-01-01",
            "year",
        ),
        (
            "Dean Harlow's 11-month tenure at Leeds United ended in February 2023.",
            "Dean Harlow",
            "Leeds United",
            "2022-03-01",
            "month",
        ),
        (
            "Owen Pryce's three-and-a-half-year reign at Nottingham Forest ended on Tuesday when he was "
            "sacked.",
            "Owen Pryce",
            "Nottingham Forest",
            "2020-01-01",
            "year",
        ),
        (
            "Hugo Lindqvist's 16 months at Chelsea came to an abrupt end on Wednesday when he was fired.",
            "Hugo Lindqvist",
            "Chelsea",
            "2022-11-01",
            "month",
        ),
        (
            "Jorge Salcedo's four-and-a-half-year stay at Real Betis came to an end in May.",
            "Jorge Salcedo",
            "Real Betis",
            "2018-01-01",
            "year",
        ),
        # "after N months" beside a dated departure: a month, not a year
        (
            "Hank Rowley left Swansea City in January after 18 months at the club.",
            "Hank Rowley",
            "Swansea City",
            "2022-07-01",
            "month",
        ),
    ],
)
def test_spell_dated_back_from_its_told_end(
    text: str, coach: str, club: str, date: str, precision: str
) -> None:
    spell = _spell(text, coach, club)
    assert spell is not None
    assert (spell["date"], spell["date_precision"]) == (date, precision)


def test_spell_of_told_length_beside_undated_exit_is_not_recorded() -> None:
    # "left … to take the job, ending a two-year spell": no date to count back from
    text = "Bruno Ferri left second-tier side Cosenza to take the post, ending a two-year spell in Calabria."
    assert ("Bruno Ferri", "Cosenza", "first_team", "left") in keys_of(text, PUBLISHED)
    assert _spell(text, "Bruno Ferri", "Cosenza") is None


def test_another_mans_spell_ended_is_not_the_leavers() -> None:
    # the spell ended is the predecessor's, not the man who left
    text = "Leon Varga left Ferencvaros on Monday, ending Ivan Petrov's two-year reign as assistant there."
    assert _spell(text, "Leon Varga", "Ferencváros") is None


@pytest.mark.parametrize(
    "text",
    [
        # a player's spell ended: no coach, no fact
        "Striker Luis Mendes left Benfica on Monday, ending a seven-year spell as a player at the club.",
        # a sporting director's tenure
        "Sporting director Hans Kuipers left Feyenoord on Friday, ending a six-year tenure.",
    ],
)
def test_near_misses_record_no_spell(text: str) -> None:
    assert not [f for f in facts_of(text, PUBLISHED) if f["event"] == "in_charge"]


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad", "date", "precision"),
    [
        # "in his Nth season …" told in the present: the spell began N-1 seasons before the current one
        (
            "Martin Lasarte, in his third season at the helm, has signed a new contract with Everton.",
            "Martin Lasarte",
            "Everton",
            "first_team",
            "2021-07-01",
            "season",
        ),
        (
            "Karl Dietmar, now in his second season as Werder Bremen coach, is under pressure.",
            "Karl Dietmar",
            "Werder Bremen",
            "first_team",
            "2022-07-01",
            "season",
        ),
        (
            "Paolo Conti is in his fourth season as head coach of Torino.",
            "Paolo Conti",
            "Torino",
            "first_team",
            "2020-07-01",
            "season",
        ),
        (
            "Samuel Osei is in his second year as coach of Ghana.",
            "Samuel Osei",
            "Ghana",
            "national",
            "2023-01-01",
            "year",
        ),
        (
            "Ulsan HD coach Park Ji-hoon, now in his third year at the club, has been named South Korea "
            "coach.",
            "Park Ji-hoon",
            "Ulsan HD",
            "first_team",
            "2022-01-01",
            "year",
        ),
    ],
)
def test_nth_season_told_now_dates_the_spell(
    text: str, coach: str, club: str, squad: str, date: str, precision: str
) -> None:
    spell = _spell(text, coach, club)
    assert spell is not None and spell["squad"] == squad
    assert (spell["date"], spell["date_precision"]) == (date, precision)


def test_nth_season_told_in_the_past_is_not_dated_from_today() -> None:
    # the season is the one the sentence dates, not the current one
    text = "Benfica coach Rui Mendes won the league in his second season at the club, in 2016."
    spell = _spell(text, "Rui Mendes", "Benfica")
    assert spell is None or spell["date"] != "2022-07-01"


@pytest.mark.parametrize(
    "text",
    [
        "Striker Luis Mendes, now in his third season at Benfica, has scored 20 goals.",
        "Sporting director Hans Kuipers, in his third year at Feyenoord, has backed the coach.",
        "Captain Jordan Hall is in his fourth season as Ajax captain.",
    ],
)
def test_nth_season_of_players_and_executives_is_no_spell(text: str) -> None:
    assert not [f for f in facts_of(text, PUBLISHED) if f["event"] == "in_charge"]
