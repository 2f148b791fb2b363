"""'resigned in August to take over Major League Soccer's C', 'has left her role as D women's head coach to
take charge of C', 'left to join Y's staff at C': a man leaving to take over a club told after its owner
(a league, a country, the boss whose staff he joins), or leaving a post told by possessives, is appointed
at that club. Not a club the sentence names only after the move's clause has closed. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hammarby have appointed Jonas Berg as head coach. "


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        pytest.param(
            "Berg replaces Lars Lund, who resigned in August to take over Major League Soccer's LA Galaxy.",
            ("Lars Lund", "LA Galaxy", "first_team", "appointed"),
            id="league_owner",
        ),
        pytest.param(
            "Anna Holm has left her role as Norway women's head coach to take charge of Sweden, the "
            "federation confirmed.",
            ("Anna Holm", "Sweden", "national_women", "appointed"),
            id="left_a_possessive_title",
        ),
        pytest.param(
            "Analyst Erik Sand has left to join Lars Lund's staff at Brondby.",
            ("Erik Sand", "Brøndby IF", "first_team", "appointed"),
            id="joins_a_bosss_staff_at",
        ),
    ],
)
def test_the_club_he_left_to_take_over_is_his_new_post(sentence: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(_NEWS + sentence)


def test_near_miss_no_club_inside_the_move() -> None:
    keys = keys_of(_NEWS + "Lars Lund resigned to take over, Brondby's chairman said.")
    assert not any(key[0] == "Lars Lund" and key[3] == "appointed" for key in keys)
