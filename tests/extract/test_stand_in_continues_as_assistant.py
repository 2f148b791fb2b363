"""A stand-in's spell ends when he goes on as the aide he was ("X, who took the side for the last three
games as caretaker, will continue as assistant manager"), as 'will stay on as assistant' tells it; and a
translated spell told 'in interim' that ends with 'who returns now to his function'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEW_BOSS = "Hull City have appointed Luca Rossetti as head coach. "


@pytest.mark.parametrize(
    "told",
    [
        "Ian Platt, who took the side for the last three games as caretaker, will continue as assistant "
        "manager.",
        "Ian Platt, who had been in interim charge since March, continues as first-team assistant.",
        "Ian Platt, who led the team on a caretaker basis, will continue as Rossetti's number two.",
    ],
)
def test_stand_in_continuing_as_an_aide_leaves_the_stand_in_post(told: str) -> None:
    assert ("Ian Platt", "Hull City", "first_team", "left") in keys_of(_NEW_BOSS + told)


@pytest.mark.parametrize(
    "told",
    [
        # no stand-in spell told: an aide who carries on is no departure
        "Ian Platt, who joined the staff in the summer, will continue as assistant manager.",
        "Assistant manager Ian Platt will continue as assistant under the new boss.",
        # continuing in charge is the stand-in staying on, not stepping back
        "Ian Platt, who took the side for the last three games as caretaker, will continue in charge for "
        "now.",
    ],
)
def test_an_aide_carrying_on_without_a_stand_in_spell_ending_is_no_departure(told: str) -> None:
    assert ("Ian Platt", "Hull City", "first_team", "left") not in keys_of(_NEW_BOSS + told)


def test_spell_in_interim_ends_with_return_to_his_function() -> None:
    text = (
        "Racing Santander named Tomás Ortega as coach. In those weeks the team was directed in interim by "
        "Pablo Ruiz, "
        "coach of the reserve team, who returns now to his function."
    )
    keys = keys_of(text)
    assert ("Pablo Ruiz", "Racing Santander", "first_team", "left") in keys


def test_spell_in_interim_without_a_return_is_no_departure() -> None:
    text = (
        "Racing Santander named Tomás Ortega as coach. In those weeks the team was directed in interim by "
        "Pablo Ruiz, "
        "who now returns to his country for a holiday."
    )
    assert ("Pablo Ruiz", "Racing Santander", "first_team", "left") not in keys_of(text)
