"""A spell told by a relative clause hung on the club with no "whom": "leaves C, the Swedish club she coached
from 2009", and the earlier spell of a man back at the club in view: "returns to the club he had already
coached from 2011 to 2014", "returns to the post he once held between 2011 and 2014" (dated by its start,
kept beside the return). Players' words and matches against the club give no spell. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Hibernian have appointed Jim Goodwin as manager. "


def _spells(text: str, club: str) -> list[str | None]:
    """The dates of Goodwin's in_charge facts at the club."""
    return [
        f["date"]
        for f in facts_of(_NEWS + text)
        if (f["coach"], f["club"], f["event"]) == ("Jim Goodwin", club, "in_charge")
    ]


@pytest.mark.parametrize(
    ("text", "club", "start"),
    [
        ("Goodwin leaves Motherwell, the Scottish club he coached from 2009.", "Motherwell", "2009-01-01"),
        ("He left Motherwell, the side he had managed since 2019, in January.", "Motherwell", "2019-01-01"),
        ("Goodwin left Motherwell, the expansion team he coached from its first season.", "Motherwell", None),
    ],
)
def test_spell_told_by_a_clause_on_the_club(text: str, club: str, start: str | None) -> None:
    assert _spells(text, club) == [start]


@pytest.mark.parametrize(
    "text",
    [
        "Goodwin returns to the club he had already coached from 2011 to 2014.",
        "Goodwin returns to Hibernian, the club he coached from 2011 to 2014.",
        "Goodwin returns to the post he held between 2011 and 2014.",
    ],
)
def test_earlier_spell_of_a_man_back_at_the_club(text: str) -> None:
    assert _spells(text, "Hibernian") == ["2011-01-01"]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Goodwin returns to the club he captained from 2011 to 2014.", "Hibernian"),
        ("Goodwin returns to Motherwell, the club he played for from 2011 to 2014.", "Motherwell"),
        ("Goodwin faces Motherwell, the side he coached against in the final.", "Motherwell"),
        ("Goodwin beat Motherwell, the side he managed to beat twice last year.", "Motherwell"),
        ("Goodwin moves to Motherwell, the club he supported as a boy.", "Motherwell"),
    ],
)
def test_no_spell_from_a_players_or_an_opponents_clause(text: str, club: str) -> None:
    assert _spells(text, club) == []
