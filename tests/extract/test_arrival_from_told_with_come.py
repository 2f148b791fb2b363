"""An arrival told with 'come' and the club he left ("X had only come from C in October", "X came from C
last summer"): his appointment at the story's club, as 'joined from C' is (and his departure from C, as
joins-from reads it); never a post at the club he came from, even with no other club in view. Not 'came
from behind', 'came from a footballing family', nor a player's move."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Hull City have sacked head coach Tomas Weber. "
_APPOINTED = "Hull City have appointed Tomas Weber as head coach. "
_AT_STORY_CLUB = ("Tomas Weber", "Hull City", "first_team", "appointed")


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        (_SACKED, "Weber had only come from Stoke City in October 2022."),
        (_SACKED, "The 48-year-old came from Blackpool last summer and never won away."),
        (_APPOINTED, "Weber came from Stoke City, where he had been in charge since 2021."),
    ],
)
def test_come_from_a_club_is_his_arrival_at_the_story_club(lead: str, sentence: str) -> None:
    keys = keys_of(lead + sentence, "2024-09-02")
    assert _AT_STORY_CLUB in keys
    assert not any(k[1] in ("Stoke City", "Blackpool") and k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        # no club he came from: the words tell no move
        "Weber's side came from behind to draw 2-2 with Stoke City.",
        "Weber came from a footballing family and played for Stoke City.",
    ],
)
def test_come_from_without_a_move_is_no_arrival(sentence: str) -> None:
    keys = keys_of("Hull City drew 2-2 on Saturday. " + sentence, "2024-09-02")
    assert not any(k[0] == "Tomas Weber" and k[3] == "appointed" for k in keys)


def test_a_players_move_told_with_come_from_needs_a_coach() -> None:
    text = "Hull City beat Luton 2-0. Striker Tomas Weber came from Stoke City in January and scored twice."
    assert not any(k[0] == "Tomas Weber" for k in keys_of(text, "2024-09-02"))


def test_come_from_a_club_with_no_other_club_in_view_is_no_post_there() -> None:
    keys = keys_of(
        "Tomas Weber, 48, joined from Stoke City, which sacked its coach Ian Hill in May.", "2024-09-02"
    )
    assert ("Tomas Weber", "Stoke City", "first_team", "appointed") not in keys
