"""A candidate placed on a list told only by its size ("X was on a list of four"): the board's shortlist for
the post left open. Near miss: a list of players to sell, told by its size and what it holds, is no
shortlist."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers sacked Piet Lammers on Monday after a run of six defeats. "


def _linked(sentence: str) -> set[str]:
    return {coach for coach, _club, _squad, event in keys_of(_LEAD + sentence) if event == "linked"}


def test_on_a_list_of_four() -> None:
    assert "Tomas Brandt" in _linked(
        "The club also enquired about Jan Vos, and Tomas Brandt was on a list of four."
    )


def test_on_a_list_of_four_then_who_said_it() -> None:
    assert _linked("Tomas Brandt was on a list of four, the club said.") == {"Tomas Brandt"}


def test_list_of_players_to_sell_is_no_shortlist() -> None:
    assert not _linked("Tomas Brandt was on a list of four players the club wanted to sell.")
