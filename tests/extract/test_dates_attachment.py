"""Which date a fact takes from its sentence, written for these tests: a date before ', when …'
is the when-clause's; a lead in the perfect does not take the date of another man's event told
after it; 'N days after …' dates the event after 'after'; a spell told with a year in its own
clause starts then; a departure told ahead happens when the contract expires."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-03-12"


def _date_of(text: str, coach: str, event: str) -> tuple[str | None, str | None]:
    (f,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]
    return f["date"], f["date_precision"]


@pytest.mark.parametrize(
    ("text", "coach", "date"),
    [
        (
            "Gareth Lund managed Hull City until October 2015, when he was sacked.",
            "Gareth Lund",
            "2015-10-01",
        ),
        (
            "Preston North End have had no permanent manager since November, when they fired Gareth Lund.",
            "Gareth Lund",
            "2023-11-01",
        ),
    ],
)
def test_a_date_before_when_dates_the_when_clause(text: str, coach: str, date: str) -> None:
    assert _date_of(text, coach, "dismissed")[0] == date


@pytest.mark.parametrize(
    "text",
    [
        "Hull City have appointed Gareth Lund as head coach, filling the vacancy left when "
        "Marco Reid joined Leeds United in January.",
        "Hull City have appointed Gareth Lund as their new manager, ending a search that followed "
        "the dismissal of Marco Reid in December.",
    ],
)
def test_a_perfect_lead_does_not_take_another_mans_date(text: str) -> None:
    assert _date_of(text, "Gareth Lund", "appointed") == ("2024-03-12", "day")


def test_days_after_dates_the_earlier_event_not_the_lead() -> None:
    text = "Gareth Lund has resigned as Hull City manager, just four days after leading the club to the cup."
    assert _date_of(text, "Gareth Lund", "resigned") == ("2024-03-12", "day")


_LEAD = "Stoke City have appointed Steve Bruce as their new manager. "


@pytest.mark.parametrize(
    ("text", "club", "date"),
    [
        ("He also had a short stint at Hull City in 2016.", "Hull City", "2016-01-01"),
        ("Bruce won promotion twice with Hull City after taking over in 2019.", "Hull City", "2019-01-01"),
        (
            "Bruce previously coached Hull City in 2016 and Leeds United in 2018.",
            "Leeds United",
            "2018-01-01",
        ),
        ("Bruce led Hull City in the four league matches in September.", "Hull City", "2023-09-01"),
    ],
)
def test_a_spell_told_with_a_year_in_its_clause_starts_then(text: str, club: str, date: str) -> None:
    (f,) = [f for f in facts_of(_LEAD + text, PUBLISHED) if f["club"] == club and f["event"] == "in_charge"]
    assert f["date"] == date


def test_a_spell_takes_no_year_of_a_title_it_won() -> None:
    text = _LEAD + "Bruce guided Hull City to the title in 2016."
    spells = [f for f in facts_of(text, PUBLISHED) if f["club"] == "Hull City" and f["event"] == "in_charge"]
    assert all(f["date"] is None for f in spells)


def test_a_spell_does_not_take_a_year_from_another_clause() -> None:
    text = (
        "Gareth Lund had been promoted from first-team coach at Hull City when Marco Reid was sacked in 2019."
    )
    spells = [
        f for f in facts_of(text, PUBLISHED) if f["coach"] == "Gareth Lund" and f["event"] == "in_charge"
    ]
    assert all(f["date"] is None for f in spells)


def test_a_departure_told_ahead_happens_when_the_contract_expires() -> None:
    text = (
        "Hull City confirmed on Monday that Gareth Lund will not continue as manager when his contract "
        "expires on 30 June."
    )
    assert _date_of(text, "Gareth Lund", "left") == ("2024-06-30", "day")
