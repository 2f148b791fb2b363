"""Two spells counted before a club named with its title's possessive ("two spells as C's caretaker
manager") or a description ("two spells as manager of Scottish side C"), each an in_charge of its own,
dated by the two years listed after the club ("…, in 2015 and 2018"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Aberdeen appointed Jim Goodwin as manager on Monday. "


def _spells(text: str, club: str) -> list[str | None]:
    """The dates of Goodwin's in_charge facts at the club, one per fact."""
    return sorted(
        (f["date"] or "")
        for f in facts_of(_NEWS + text)
        if (f["coach"], f["club"], f["event"]) == ("Jim Goodwin", club, "in_charge")
    )


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Goodwin, who had two spells as manager of Scottish side Hibernian, starts on Friday.", "Hibernian"),
        ("He had two stints as Motherwell's interim boss before moving to St Mirren.", "Motherwell"),
        ("The Irishman had two spells as Motherwell's caretaker manager.", "Motherwell"),
    ],
)
def test_two_spells_before_a_described_or_possessed_club(text: str, club: str) -> None:
    assert len(_spells(text, club)) == 2


def test_each_spell_dated_by_its_own_year() -> None:
    text = "He had two stints as Motherwell's interim boss, in 2015 and 2018, before moving to St Mirren."
    assert _spells(text, "Motherwell") == ["2015-01-01", "2018-01-01"]


@pytest.mark.parametrize(
    "text",
    [
        # a player's title, not a coach's
        "He had two spells as Motherwell's captain.",
        "He had two spells as a player at Scottish side Motherwell.",
    ],
)
def test_no_spell_told_by_a_players_title(text: str) -> None:
    assert _spells(text, "Motherwell") == []


def test_one_spell_as_the_clubs_caretaker_is_one_fact() -> None:
    assert len(_spells("He had a spell as Motherwell's caretaker manager.", "Motherwell")) == 1
