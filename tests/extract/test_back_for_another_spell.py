"""An aside on a man who returned ("X, back for a third spell since March 2021, …") tells his present
spell at the club in view (in_charge). Not a spell named at another club ("back for a second spell at
Reading"), nor a player's "back for a second game"."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_LEAD = "Tranmere Rovers have sacked manager Glen Harker. "


def test_returned_mans_spell_at_the_club_in_view() -> None:
    text = _LEAD + "Harker, back for a third spell since March 2021, had also managed Bury and Morecambe."
    assert {"Tranmere Rovers", "Morecambe"} <= spells_of(text, "Glen Harker")


@pytest.mark.parametrize(
    "sentence",
    [
        "Harker, back for a second spell at Morecambe in 2019, had also managed Bury.",
        "Harker, back for a second game after his ban, watched from the stands.",
    ],
)
def test_no_spell_at_the_club_in_view(sentence: str) -> None:
    assert "Tranmere Rovers" not in spells_of(_LEAD + sentence, "Glen Harker")
