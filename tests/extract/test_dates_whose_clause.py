"""A 'whose …' clause on a man's deal or move ('X, whose contract was extended in December, had taken
charge in 2022') tells its own event's date: a fact told outside it takes the date of its own words
when they tell one, and the clause's date only when they tell none ('replaces Y, whose contract
expired at the end of December': the clause dates Y's exit)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-03-13"
LEAD = "Stoke City have sacked Tomas Brennik, the club announced on Monday. "


# a change told in the main clause, another in a whose-clause
_EXTENDED_BEFORE = (
    LEAD + "Brennik, whose contract was extended in December, had taken charge in 2022 after a poor start."
)


def _date_of(text: str, coach: str, event: str) -> str | None:
    (fact,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]
    return fact["date"]


@pytest.mark.parametrize(
    ("text", "coach", "event", "date"),
    [
        pytest.param(
            _EXTENDED_BEFORE,
            "Tomas Brennik",
            "appointed",
            "2022-01-01",
            id="the_main_clause_date_over_the_whose_clause",
        ),
        pytest.param(
            _EXTENDED_BEFORE,
            "Tomas Brennik",
            "extended",
            "2023-12-01",
            id="the_whose_clause_keeps_its_own_event_date",
        ),
        pytest.param(
            LEAD + "Brennik had replaced Owen Clarke, whose contract expired at the end of December.",
            "Owen Clarke",
            "left",
            "2023-12-01",
            id="the_whose_clause_dates_a_change_told_without_a_date",
        ),
    ],
)
def test_each_clause_dates_its_own_event(text: str, coach: str, event: str, date: str) -> None:
    assert _date_of(text, coach, event) == date
