"""A spell told as the time a man 'was at' a club, in translated copy's simple tenses or by its two
years: 'X was at C since 2021' (Portuguese 'estava no C desde'), 'X is at C since 2022', 'X was at C
from 2016 to 2019' give his spell there, as 'X had been at C since 2021' did already."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Vitória de Guimarães presented Rui Valente as their new head coach on Tuesday. "


def test_was_at_since_a_year() -> None:
    keys = keys_of(_LEAD + "Valente, 47 years, was at Moreirense since 2021 and took the team to Europe.")
    assert ("Rui Valente", "Moreirense", "first_team", "in_charge") in keys


def test_is_at_since_a_year() -> None:
    keys = keys_of("Rui Valente is at Moreirense since 2022 and has renewed until 2026.")
    assert ("Rui Valente", "Moreirense", "first_team", "in_charge") in keys


def test_was_at_between_two_years() -> None:
    keys = keys_of(_LEAD + "Valente was at Moreirense from 2016 to 2019 before a spell abroad.")
    assert ("Rui Valente", "Moreirense", "first_team", "in_charge") in keys


def test_not_years_told_as_a_player() -> None:
    keys = keys_of(_LEAD + "Valente was at Moreirense since 2009 as a midfielder.")
    assert ("Rui Valente", "Moreirense", "first_team", "in_charge") not in keys


def test_not_a_day_at_the_club() -> None:
    keys = keys_of(_LEAD + "Valente was at Moreirense on Sunday to watch the derby.")
    assert ("Rui Valente", "Moreirense", "first_team", "in_charge") not in keys
