"""A count of clubs followed by the one picked out, "has managed eight clubs, most recently C", "has coached
several teams, most notably C": a spell at C, as with "including" and "among them". A player's clubs give
none. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hibernian have appointed Jim Goodwin as manager. "


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            "The 51-year-old has managed eight clubs, most recently Motherwell, whom he left in 2022.",
            {"Motherwell"},
        ),
        ("Goodwin has coached several teams, most notably Motherwell.", {"Motherwell"}),
        ("Goodwin has managed eight clubs, most recently Motherwell and Falkirk.", {"Motherwell", "Falkirk"}),
    ],
)
def test_the_club_picked_out_of_a_count_is_a_spell(text: str, clubs: set[str]) -> None:
    keys = keys_of(_NEWS + text)
    spells = {club for coach, club, _, event in keys if coach == "Jim Goodwin" and event == "in_charge"}
    assert spells == clubs


def test_a_players_clubs_give_no_spell() -> None:
    keys = keys_of(_NEWS + "Goodwin played for eight clubs, most recently Motherwell.")
    assert not {k for k in keys if k[1] == "Motherwell"}
