"""A past title naming its clubs by their towns: "X, the former Mansfield and Fleetwood manager", "a
former Halifax, Barrow and Fleetwood boss," (no holder's name after the title). Each town is the club the
reference data gives it as a context-only alias; a town before a player's title, or a town many clubs
share, stays unread (sentences and names of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Everton appointed Colm Dunleavy as their new coach on Monday. "


def _spells(text: str) -> set[str]:
    keys = keys_of(text)
    return {club for coach, club, _squad, event in keys if coach == "Colm Dunleavy" and event == "in_charge"}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (_LEAD + "Dunleavy, the former Mansfield and Fleetwood manager, signed a two-year deal.", 2),
        (_LEAD + "Dunleavy, a former Halifax, Barrow and Fleetwood boss, signed a two-year deal.", 3),
        (_LEAD + "Dunleavy, the ex-Kettering boss, signed a two-year deal.", 1),
    ],
)
def test_towns_of_a_former_title_are_its_clubs(text: str, towns: int) -> None:
    assert len(_spells(text) - {"Everton"}) == towns


@pytest.mark.parametrize(
    "text",
    [
        # a player's title: no coaching post at the towns' clubs
        _LEAD + "Dunleavy, the former Mansfield and Fleetwood defender, signed a two-year deal.",
        # "City" and "United" name no one club
        _LEAD + "Dunleavy, the former City and United manager, signed a two-year deal.",
    ],
)
def test_no_club_from_a_players_title_or_a_shared_name(text: str) -> None:
    assert _spells(text) <= {"Everton"}
