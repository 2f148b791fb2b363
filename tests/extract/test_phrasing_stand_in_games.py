"""A stand-in told by the games he took ('took temporary charge for last weekend's game', 'took charge of
the team for a handful of games', 'took charge of last month's friendly as caretaker') holds the post for
that spell: in_charge, kept beside his appointment; a coach's title already telling that post is enough.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Walsall have sacked Tom Berg. Coach Pieter Aalst, who took temporary charge for Saturday's game "
            "at Bury, will stay on the staff.",
            "Pieter Aalst",
            "Walsall",
            "first_team",
        ),
        (
            "Hull City have named a new manager. Pieter Aalst himself took interim charge of the team for "
            "a handful of matches in 2021.",
            "Pieter Aalst",
            "Hull City",
            "first_team",
        ),
        (
            "Wales have appointed Tom Berg as head coach. Under-21 boss Pieter Aalst took charge of last "
            "month's friendlies against Norway as caretaker.",
            "Pieter Aalst",
            "Wales",
            "national",
        ),
        (
            "Burnley sacked Tom Berg in March. Pieter Aalst took caretaker charge for the final eight games "
            "of the season.",
            "Pieter Aalst",
            "Burnley",
            "first_team",
        ),
    ],
)
def test_stand_in_told_by_games_holds_the_post(text: str, coach: str, club: str, squad: str) -> None:
    assert (coach, club, squad, "in_charge") in keys_of(text)


def test_head_coachs_last_game_is_no_stand_in() -> None:
    # no interim word: the man in charge taking one more game, no caretaker spell of its own
    facts = facts_of(
        "Norway have sacked Tom Berg. "
        "Berg took charge of one final game, a 3-0 win over Malta, before leaving."
    )
    assert not any(f["coach"] == "Tom Berg" and f["role"] == "caretaker" for f in facts)


def test_title_already_tells_the_post_once() -> None:
    # "assistant X taking caretaker charge for the last games": one spell at that post, not two
    facts = facts_of(
        "Leeds sacked Tom Berg in April, with assistant Pieter Aalst taking caretaker charge for the "
        "last five games."
    )
    spells = [f for f in facts if f["coach"] == "Pieter Aalst" and f["event"] == "in_charge"]
    assert len(spells) == 1
