"""A club the reference data does not know, listed beside a known club after a career cue, is one more
club of that career ("coached Brisbane Roar and Melbourne Heart"), not a person (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Lincoln appointed Tom Baxter. "


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # the unknown name closes the list
        (_LEAD + "Baxter previously coached Brisbane Roar and Kettering Vale.", "Kettering Vale"),
        # the unknown name opens it
        (_LEAD + "Baxter had earlier managed Kettering Vale and Brisbane Roar.", "Kettering Vale"),
        # a list of three, the unknown name in front
        (
            _LEAD + "Baxter has coached Kettering Vale, Brisbane Roar and Sligo Rovers.",
            "Kettering Vale",
        ),
    ],
)
def test_unknown_club_in_a_career_list(text: str, club: str) -> None:
    spells = _spells(text, "Tom Baxter")
    assert club in spells
    assert "Brisbane Roar" in spells


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a man named after a club and a comma: an apposition, not a list
        (_LEAD + "He worked as an assistant at Brisbane Roar, Kettering Vale, in 2019.", "Kettering Vale"),
        # a title right before the name: the man holding it
        (
            "Lincoln appointed Tom Baxter, who will be assisted by coach Dan Pryce, Brisbane Roar said.",
            "Dan Pryce",
        ),
        # no career cue opens the list
        (_LEAD + "He played with Brisbane Roar and Dan Pryce in 2005.", "Dan Pryce"),
        # the name goes on to a verb of its own: a new clause, a man
        (_LEAD + "Baxter coached Brisbane Roar and Dan Pryce praised him.", "Dan Pryce"),
    ],
)
def test_no_club_made_of_a_man(text: str, name: str) -> None:
    clubs = {club for _person, club, _squad, _event in keys_of(text)}
    assert name not in clubs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known coach's full name, a known player, a name with a man's relative clause
        (
            _LEAD + "Baxter previously coached with Pep Guardiola and Brisbane Roar's youth side.",
            "Pep Guardiola",
        ),
        (
            _LEAD + "Baxter, who previously coached Brisbane Roar and Harry Kane, arrives on Monday.",
            "Harry Kane",
        ),
        (_LEAD + "Baxter previously coached Brisbane Roar and Dan Pryce, who followed him.", "Dan Pryce"),
    ],
)
def test_a_known_or_described_man_is_no_listed_club(text: str, name: str) -> None:
    clubs = {club for _person, club, _squad, _event in keys_of(text)}
    assert name not in clubs
