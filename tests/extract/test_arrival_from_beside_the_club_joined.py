"""An arrival from a club told with the club joined right after the verb ("X joins Burnley from Hull City",
"X joined Everton in July 2021 from Hull City") or after "after" ("X led C into the top six after arriving
from Hull City"): X left Hull City (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Stoke City have named Tom Harwood as head coach. "


def _left(text: str, person: str = "Tom Harwood") -> set[str]:
    return {club for who, club, _squad, event in keys_of(_LEAD + text) if who == person and event == "left"}


@pytest.mark.parametrize(
    "text",
    [
        "Harwood joins Stoke from Hull City on a three-year deal.",
        "Harwood, 41, joined Everton in July 2021 from Hull City and later coached Wigan Athletic.",
        "Harwood joins Stoke City from Championship side Hull City.",
        "Harwood had taken Everton to sixth place in his debut campaign after arriving from Hull City.",
    ],
)
def test_arrival_from_a_club_is_leaving_it(text: str) -> None:
    assert "Hull City" in _left(text)


@pytest.mark.parametrize(
    "text",
    [
        # another man named between: not the subject's arrival
        "Harwood replaced Ian Pellow after arriving from Hull City.",
        # the club joined as a boy, from his first club
        "Harwood joined Everton in 2001 from Hull City as a youngster.",
    ],
)
def test_no_departure_read(text: str) -> None:
    assert "Hull City" not in _left(text)


def test_player_transfer_stays_unread() -> None:
    # a player's transfer in a story whose coach is another man
    text = "Harwood said midfielder Dan Crisp has joined Stoke City from Hull City."
    assert not _left(text, "Dan Crisp")
