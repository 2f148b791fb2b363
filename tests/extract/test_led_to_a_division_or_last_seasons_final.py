"""A spell told by where the coach took the team: a division named as such ("took C into the Premiership",
"to the second division") and a goal after the time's possessive ("took C to last season's final"). A
place or an opponent's ground is no achievement. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hibernian have appointed Jim Goodwin as manager. "


def _spell_at(text: str, club: str) -> bool:
    return ("Jim Goodwin", club, "first_team", "in_charge") in keys_of(_NEWS + text)


@pytest.mark.parametrize(
    "text",
    [
        "Goodwin won the Scottish Cup with Motherwell and took Falkirk to last season's final.",
        "Goodwin took Falkirk into the Premiership in 2023.",
        "Goodwin took Falkirk to the second division.",
        "Goodwin guided Falkirk to this year's cup final.",
    ],
)
def test_spell_told_by_where_he_took_the_team(text: str) -> None:
    assert _spell_at(text, "Falkirk")


@pytest.mark.parametrize(
    "text",
    [
        "Goodwin took Falkirk to Celtic's ground for the final.",
        "Goodwin took Falkirk to the cinema after the game.",
    ],
)
def test_a_trip_is_no_spell(text: str) -> None:
    assert not _spell_at(text, "Falkirk")
