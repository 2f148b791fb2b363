"""A departure told with the spell's length dates the spell's start: 'X, who left C last summer after three
seasons' began at C three seasons before that exit ('after seven years': seven years before). Undated exits
date nothing. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spell(text: str, coach: str, club: str, published: str = "2025-03-12") -> dict:
    return next(
        f
        for f in facts_of(text, published)
        if (f["coach"], f["club"], f["event"]) == (coach, club, "in_charge")
    )


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        (
            "Walsall have appointed Pieter Aalst. He left Rotherham United in May 2023 after four seasons.",
            "2019-07-01",
            "season",
        ),
        (
            "Walsall have appointed Pieter Aalst. Aalst left Rotherham United last summer after two "
            "successful seasons.",
            "2022-07-01",
            "season",
        ),
        (
            "Walsall have appointed Pieter Aalst. He left Rotherham United in January 2024 after six years.",
            "2018-01-01",
            "year",
        ),
    ],
)
def test_spell_starts_its_length_before_the_exit(text: str, date: str, precision: str) -> None:
    spell = _spell(text, "Pieter Aalst", "Rotherham United")
    assert (spell["date"], spell["date_precision"]) == (date, precision)


def test_undated_exit_dates_no_spell() -> None:
    spell = _spell(
        "Walsall have appointed Pieter Aalst. Years ago Aalst left Rotherham United after four seasons.",
        "Pieter Aalst",
        "Rotherham United",
    )
    assert spell["date"] is None
