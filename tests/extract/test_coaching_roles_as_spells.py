"""Coaching roles told as a career's spells: "Ruth Keane had coaching roles with Carlisle United's women and
Morecambe" gives her spells with Carlisle's women and at Morecambe, as "had spells at A and B" does, also
after another clause ("managed A between 2015 and 2019, and had coaching roles with B"). Not roles sought
("linked with coaching roles in Scotland"), nor a player's. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, spells_of

_NEWS = "Blackburn Rovers Women have appointed Ruth Keane as head coach. "


def test_coaching_roles_at_each_club_are_spells() -> None:
    keys = keys_of(_NEWS + "Keane had coaching roles with Carlisle United's women and Morecambe.")
    spells = {
        (club, squad) for coach, club, squad, event in keys if coach == "Ruth Keane" and event == "in_charge"
    }
    assert spells == {("Carlisle United", "women"), ("Morecambe", "first_team")}


@pytest.mark.parametrize(
    "text",
    [
        "Keane managed Stockport County between 2015 and 2019, and had coaching roles with Morecambe.",
        "The 44-year-old also had managerial posts at Morecambe.",
    ],
)
def test_coaching_roles_after_another_clause_are_spells(text: str) -> None:
    assert "Morecambe" in spells_of(_NEWS + text, "Ruth Keane")


@pytest.mark.parametrize(
    "text",
    [
        "Keane, who had been linked with coaching roles in Scotland, visited Morecambe last week.",
        "Keane had coaching roles at Morecambe as a player.",
    ],
)
def test_no_spell_from_roles_sought_or_a_players(text: str) -> None:
    assert "Morecambe" not in spells_of(_NEWS + text, "Ruth Keane")
