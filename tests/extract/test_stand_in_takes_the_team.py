"""A stand-in named after the boss goes, in shapes the stand-in rules missed: 'X will take the team as
interim', 'Assistant X takes the team until the end of the season', '…, with X taking the team on an interim
basis', and the passive with the stretch before 'by' ('the team will be led for now by assistant X', 'the
side will be guided in the meantime by the assistant X'). A coach taking his own team to a game or on a tour,
or an attack led by a player, is no stand-in."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Morton have sacked manager Alan Keir after a run of six defeats. "


@pytest.mark.parametrize(
    "tail",
    [
        "His assistant Rory Fyfe will take the team as interim while the directors search.",
        "Assistant Rory Fyfe takes the team until the end of the season.",
        "The board met on Monday, with Rory Fyfe taking the team on an interim basis.",
        "The team will be led for now by assistant Rory Fyfe.",
        "The side will be guided in the meantime by the assistant Rory Fyfe.",
    ],
)
def test_stand_in_takes_the_team_after_the_boss_goes(tail: str) -> None:
    assert ("Rory Fyfe", "Greenock Morton", "first_team", "appointed") in keys_of(LEAD + tail)


@pytest.mark.parametrize(
    "text",
    [
        "Morton beat Ayr 2-0 on Saturday. Manager Rory Fyfe takes the team to Dundee next week.",
        "Morton beat Ayr 2-0 on Saturday. Rory Fyfe will take the team on a tour until the end of the month.",
        "Morton beat Ayr 2-0 on Saturday. The attack was led for now by Rory Fyfe.",
    ],
)
def test_no_stand_in_without_an_open_post(text: str) -> None:
    assert not any(k[0] == "Rory Fyfe" and k[3] == "appointed" for k in keys_of(text))
