"""A start told in the present tense is a schedule: 'Mercer takes charge on Saturday' and 'once Lund
begins work on Monday' are the coming days, not the ones before the news; the appointment itself is
then dated by the news, or by the day the post starts when the sentence gives one ('takes over the
reserve side from July 1'). A fixture told in the present ('Crewe travel to Wrexham on Saturday') is to
come too, and no day of the news."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import find_dates

_REF = date(2026, 6, 3)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Mercer takes charge on Saturday against Stoke.", date(2026, 6, 6)),
        ("The caretaker returns to the academy once Lund begins work on Monday.", date(2026, 6, 8)),
        ("Lund starts his new job on Friday.", date(2026, 6, 5)),
        ("Lund takes over from July 1.", date(2026, 7, 1)),
        ("Crewe travel to Wrexham on Saturday.", date(2026, 6, 6)),
        ("His side host Stoke City on Sunday.", date(2026, 6, 7)),
    ],
)
def test_a_start_or_fixture_in_the_present_tense_is_the_coming_day(sentence: str, day: date) -> None:
    (told,) = find_dates(sentence, _REF)
    assert (told.value, told.future) == (day, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mercer took charge on Saturday against Stoke.",
        "Mercer, who takes charge of the reserves, was sacked on Saturday.",
        "Lund has taken over since Monday.",
        "Mercer was sacked after the defeat by the hosts on Saturday.",
        "Mercer was sacked after a visit to Wrexham on Saturday.",
        "Mercer was sacked after his side played Wrexham on Saturday.",
    ],
)
def test_a_past_start_or_game_is_the_day_before_the_news(sentence: str) -> None:
    (told,) = find_dates(sentence, _REF)
    assert told.future is False and told.value < _REF


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f["coach"], f["club"], f["event"], f["date"]) for f in facts_of(text, _REF.isoformat())}


def test_the_appointment_of_a_coach_who_takes_charge_on_saturday_is_the_news() -> None:
    text = "Blackburn Rovers have appointed Tom Mercer as manager. Mercer takes charge on Saturday."
    assert ("Tom Mercer", "Blackburn Rovers", "appointed", "2026-06-03") in _facts(text)


def test_a_post_taken_over_from_a_coming_day_is_dated_that_day() -> None:
    text = "Jan Lund takes over Blackburn Rovers from July 1 and signs a contract until 2029."
    assert ("Jan Lund", "Blackburn Rovers", "appointed", "2026-07-01") in _facts(text)


def test_a_fixture_to_come_is_no_day_of_the_appointment() -> None:
    text = (
        "Crewe Alexandra have appointed Tom Mercer as manager. "
        "Crewe travel to Wrexham on Saturday, when Mercer will take charge of his first game."
    )
    assert ("Tom Mercer", "Crewe Alexandra", "appointed", "2026-06-03") in _facts(text)
