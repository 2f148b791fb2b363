"""A closed spell told by its two years rather than by its goal: "was in charge from 2011 until 2020", "had
been in interim charge between 2014 and 2015", "returns for a second spell, having guided the side between
2013 and 2015", "led C from 2011 to 2014", and translated copy's "leaded C between 1981 and 1986" (each
dated by its start). A player's lead (the scoring charts, the line) is no spell. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Hibernian have appointed Jim Goodwin as manager. "


def _spells(text: str, club: str) -> list[str | None]:
    return [
        f["date"]
        for f in facts_of(_NEWS + text)
        if (f["coach"], f["club"], f["event"]) == ("Jim Goodwin", club, "in_charge")
    ]


@pytest.mark.parametrize(
    ("text", "club", "start"),
    [
        ("Goodwin was in charge from 2011 until 2020.", "Hibernian", "2011-01-01"),
        ("Goodwin had been in interim charge between 2014 and 2015.", "Hibernian", "2014-01-01"),
        (
            "Goodwin returns for a second spell, having guided the side between 2013 and 2015.",
            "Hibernian",
            "2013-01-01",
        ),
        (
            "Goodwin returns for a second spell, having led Hibernian between 2014 and 2015.",
            "Hibernian",
            "2014-01-01",
        ),
        (
            "It is his second mandate, after he leaded the Hibees between 1981 and 1986.",
            "Hibernian",
            "1981-01-01",
        ),
        ("Goodwin led Motherwell from 2011 to 2014.", "Motherwell", "2011-01-01"),
    ],
)
def test_spell_told_by_its_two_years(text: str, club: str, start: str) -> None:
    assert _spells(text, club) == [start]


@pytest.mark.parametrize(
    "text",
    [
        "Goodwin, who played for Motherwell, led the scoring charts between 2011 and 2014.",
        "Goodwin led the line for Motherwell from 2011 to 2014.",
    ],
)
def test_a_players_lead_is_no_spell(text: str) -> None:
    assert _spells(text, "Motherwell") == []
