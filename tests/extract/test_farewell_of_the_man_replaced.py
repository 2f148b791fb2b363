"""'after the farewell of X' (the translated 'l'addio di', 'la despedida de'): X left the post in view,
as 'after the departure of X' tells. A farewell match or a farewell to a player is no coach's exit.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Lugano have appointed Tom Hale as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale took charge after the farewell of Mark Dunn.",
        "He was promoted from the staff in 2021 after the farewell of the coach Mark Dunn.",
    ],
)
def test_farewell_of_the_coach_is_his_exit(sentence: str) -> None:
    assert ("Mark Dunn", "FC Lugano", "first_team", "left") in keys_of(_NEWS + sentence)


def test_a_farewell_match_is_no_exit() -> None:
    keys = keys_of(_NEWS + "Mark Dunn played in the farewell match of the club's captain on Sunday.")
    assert not any(k[0] == "Mark Dunn" and k[3] == "left" for k in keys)
