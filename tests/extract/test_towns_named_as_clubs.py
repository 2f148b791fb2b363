"""Clubs named by their towns where a career names a team: a past title ("X, the former Mansfield and
Fleetwood manager", "a former Halifax, Barrow and Fleetwood boss,", no holder's name after the title) and a
title won ("won the league with Mansfield", "won two titles with Fleetwood and Barrow"). Each town is the
club the reference data gives it as a context-only alias; a town before a player's title, a town many clubs
share, and a town after "with" where no title is won stay unread (sentences and names of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_LEAD = "Everton appointed Colm Dunleavy as their new coach on Monday. "


def _spells(text: str) -> set[str]:
    return spells_of(text, "Colm Dunleavy")


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


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (_LEAD + "Dunleavy won the league with Mansfield in 2019.", 1),
        (_LEAD + "Dunleavy, who won two titles with Fleetwood and Barrow, starts on Friday.", 2),
    ],
)
def test_town_of_a_title_won_is_its_club(text: str, towns: int) -> None:
    assert len(_spells(text) - {"Everton"}) == towns


@pytest.mark.parametrize(
    "text",
    [
        # no title won: an argument, a day out
        _LEAD + "Dunleavy won the argument with Mansfield officials.",
        _LEAD + "Dunleavy spent the afternoon with Mansfield.",
    ],
)
def test_no_club_from_a_town_after_with_without_a_title(text: str) -> None:
    assert _spells(text) <= {"Everton"}
