"""'X replaces Y, who won the cup with the side': what the man whose post is filled achieved there, told
in a relative clause (or 'under whom', 'author of', 'the man who led') on his name, is his spell at that
club beside his going, where the clause does not name the side ('with the side', a nickname not known). A
deed at another club, his own arrival or a day's result tells no spell at the club he left, nor does a deed
naming the side itself (it restates the post being filled)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Wigan Athletic have appointed Piet Hein Donk as head coach on a two-year deal. "
_SPELL = ("Rudi Falkner", "Wigan Athletic", "first_team", "in_charge")


@pytest.mark.parametrize(
    "sentence",
    [
        "Donk replaces Rudi Falkner, who won the cup with the side in 2022 but was not offered a new deal.",
        "Donk succeeds Rudi Falkner, under whom the side were relegated to the fourth tier last spring.",
        "Donk takes the place of Rudi Falkner, author of the promotion two seasons ago, who did not renew.",
        "The appointment came after Rudi Falkner, the man who led the side back into the Championship, "
        "left for Lincoln City in March.",
        "Donk replaces the Austrian Rudi Falkner, who had just won the title and decided to retire.",
    ],
)
def test_the_replaced_mans_deed_is_his_spell(sentence: str) -> None:
    assert _SPELL in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # his own arrival, not a deed
        "Donk replaces Rudi Falkner, who took over in May after a spell out of work.",
        # a day's result
        "Donk replaces Rudi Falkner, who led the side to a 2-1 win on Sunday in his last game.",
        # a deed at another club, told in passing
        "Donk replaces Rudi Falkner, who won the league with Fleetwood Town in 2015.",
        # the post being filled, named in the clause: a restatement
        "Donk replaces Rudi Falkner, who guided Wigan Athletic B to two promotions.",
    ],
)
def test_no_deed_at_the_club_no_spell(sentence: str) -> None:
    assert _SPELL not in keys_of(_LEAD + sentence)
