"""Where a coach started out, told in the idioms of a first job: "cut his teeth in the youth set-up at
C", "learned his trade in C's youth sector". Each is a youth post at that club; a youngster's or a
player's years there are not."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Harbury Town have appointed Tomas Kvell as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kvell cut his teeth in the youth system of Brenton City, then coached Dunmore Athletic.",
        "He cut his teeth in the youth set-up at Brenton City and later coached Dunmore Athletic.",
        "The Swede cut his teeth as a coach in the youth ranks at Brenton City, his boyhood club.",
        "Kvell learned his trade in Brenton City's youth sector and made his name at Dunmore Athletic.",
    ],
)
def test_first_job_idiom_is_a_youth_post(sentence):
    assert ("Tomas Kvell", "Brenton City", "youth", "in_charge") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a youngster's or a player's years at the club
        "Kvell learned his trade in Brenton City's academy as a teenager before joining Dunmore Athletic.",
        "Kvell cut his teeth in the youth set-up at Brenton City as a player.",
        "Kvell came through the youth system of Brenton City as a player.",
    ],
)
def test_a_players_start_is_no_youth_post(sentence):
    keys = keys_of(_LEAD + sentence)
    assert not any(k[:3] == ("Tomas Kvell", "Brenton City", "youth") for k in keys)
