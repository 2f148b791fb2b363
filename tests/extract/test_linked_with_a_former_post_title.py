"""A candidate named by a post he held, told before his name, in a link to the job in view: "Reports
linked ex-Wigan manager X with the post", "C had also been linked with former Partick assistant X" (an
aide's title too, not only a manager's). His old post there is a spell; the link is to the club in view.
Not a link of the old club itself, nor a man who only played there. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Hull City sacked their manager on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        _SACKED + "Reports have also linked ex-Wigan manager Paul Cook with the post.",
        _SACKED + "Reports have also linked former Partick Thistle coach Paul Cook with the job.",
        _SACKED + "Hull had also been linked with former Wigan assistant Paul Cook.",
    ],
)
def test_the_link_is_to_the_club_in_view(text: str) -> None:
    keys = keys_of(text)
    assert ("Paul Cook", "Hull City", "first_team", "linked") in keys
    assert not {key for key in keys if key[1] != "Hull City" and key[3] == "linked"}


def test_near_miss_a_former_player_is_no_coach_linked_by_title() -> None:
    text = _SACKED + "Reports have also linked former Wigan midfielder Paul Cook with a return to the club."
    assert ("Paul Cook", "Wigan Athletic", "first_team", "in_charge") not in keys_of(text)
