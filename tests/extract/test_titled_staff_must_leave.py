"""Staff let go beside their sacked boss, told as translated German copy tells it ("muss den Verein
verlassen"): "Also co-trainer A must leave the club", "Assistant coach B also has to leave" (dismissed, as
"must go" already is). Near misses: a player who must leave, and a wish to leave."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "SV Sandhausen have sacked head coach Jens Keller. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Also co-trainer Timo Brandt must leave the club.",
        "Assistant coach Timo Brandt also has to leave.",
    ],
)
def test_titled_staff_who_must_leave_are_dismissed(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert ("Timo Brandt", "SV Sandhausen", "first_team", "dismissed") in keys


def test_a_player_who_must_leave_is_no_staff() -> None:
    """Near miss: no backroom title before the name."""
    keys = keys_of(_LEAD + "Striker Timo Brandt must leave the club.")
    assert not any(k[0] == "Timo Brandt" and k[3] == "dismissed" for k in keys)


def test_a_wish_to_leave_is_no_sacking() -> None:
    """Near miss: 'wants to leave' is his wish, not the club letting him go."""
    keys = keys_of(_LEAD + "Assistant coach Timo Brandt wants to leave the club.")
    assert not any(k[0] == "Timo Brandt" and k[3] == "dismissed" for k in keys)
