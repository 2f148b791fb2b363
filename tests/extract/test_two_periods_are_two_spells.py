"""Two periods listed after the club or the spell's verb are two spells, each dated by its own start: "led
C in 2001-2002 and 2009-2010", "coached C in 2017 and again in 2019", "returns to the club he commanded from
2006 to 2008 and again in 2013". One period over several years stays one spell ("in 2017 and 2018",
"between 2011 and 2014"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Hibernian have appointed Jim Goodwin as manager. "


def _spells(text: str, club: str) -> list[str | None]:
    """The dates of Goodwin's in_charge facts at the club, in order."""
    return sorted(
        f["date"] or ""
        for f in facts_of(_NEWS + text)
        if (f["coach"], f["club"], f["event"]) == ("Jim Goodwin", club, "in_charge")
    )


@pytest.mark.parametrize(
    ("text", "club", "starts"),
    [
        (
            "Goodwin, who previously led Motherwell in 2001-2002 and 2009-2010, took them to two finals.",
            "Motherwell",
            ["2001-01-01", "2009-01-01"],
        ),
        ("Goodwin coached Motherwell in 2017 and again in 2019.", "Motherwell", ["2017-01-01", "2019-01-01"]),
        (
            "Goodwin returns to the club he commanded from 2006 to 2008 and again in 2013.",
            "Hibernian",
            ["2006-01-01", "2013-01-01"],
        ),
    ],
)
def test_two_periods_listed_are_two_dated_spells(text: str, club: str, starts: list[str]) -> None:
    assert _spells(text, club) == starts


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Goodwin coached Motherwell in 2017 and 2018.", "2017-01-01"),
        ("Goodwin coached Motherwell between 2011 and 2014.", "2011-01-01"),
        ("Goodwin coached Motherwell from 2011 to 2014 and won the cup in 2013.", "2011-01-01"),
    ],
)
def test_one_period_over_several_years_is_one_spell(text: str, start: str) -> None:
    assert _spells(text, "Motherwell") == [start]
