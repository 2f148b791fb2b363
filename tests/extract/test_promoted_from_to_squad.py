"""A promotion told with both sides: "X was promoted from the under-19s to the first team", "stepped up
from C's B team to the under-21s" is X's appointment to the side named last, at the club he was promoted
within (his old side's spell and exit are read as before). Not a player's move up ("promoted from the
under-19s to the first-team squad"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "squad"),
    [
        pytest.param(
            "Getafe sacked Tom Hale. Ivo Brandt was promoted from the under-19s to the first team in 2019.",
            "first_team",
            id="first_team",
        ),
        pytest.param(
            "Getafe sacked Tom Hale. Ivo Brandt was promoted from the under-19s to the under-21s in 2019.",
            "u21",
            id="another_age_group",
        ),
    ],
)
def test_promoted_from_to_squad_is_an_appointment(text: str, squad: str) -> None:
    keys = keys_of(text)
    assert ("Ivo Brandt", "Getafe", squad, "appointed") in keys
    assert ("Ivo Brandt", "Getafe", "u19", "left") in keys


def test_promotion_within_the_club_named_first() -> None:
    keys = keys_of(
        "Pisa have appointed Ivo Brandt. He had been promoted from Getafe's B team to the first team in 2022."
    )
    assert ("Ivo Brandt", "Getafe", "first_team", "appointed") in keys
    assert ("Ivo Brandt", "Pisa", "first_team", "appointed") in keys


def test_a_players_move_up_to_the_squad_is_no_post() -> None:
    keys = keys_of(
        "Getafe sacked Tom Hale. "
        "The striker Ivo Brandt was promoted from the under-19s to the first-team squad."
    )
    assert not any(coach == "Ivo Brandt" for coach, *_ in keys)
