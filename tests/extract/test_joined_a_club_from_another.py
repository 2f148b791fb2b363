"""'X joins C from D', 'joins the Gulls from D', 'joins the staff from D', 'comes in as assistant from D':
the club he joins is named between the verb and 'from' (or 'in' comes after the verb), and D is the club he
left (where the story makes him a coach: a player's transfer is told so too). Near-misses: a birthplace or a
boyhood move after 'from', a player's transfer, 'came in from the cold'. Sentences and names invented for
these tests."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Harbour Town have appointed Mirek Dolansky as head coach. "
_LEFT = ("Mirek Dolansky", "Riverside United", "first_team", "left")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dolansky, 47, joins Harbour Town from Riverside United, where he was head coach since 2021.",
        "Dolansky joins the Gulls from Riverside United after three seasons in charge there.",
    ],
)
def test_the_club_after_from_is_the_one_he_left(sentence: str) -> None:
    assert _LEFT in keys_of(_NEWS + sentence)


def test_an_aide_joins_the_staff_from_a_club() -> None:
    keys = keys_of(_NEWS + "Fitness coach Aldo Pirri joins the staff from Riverside United.")
    assert ("Aldo Pirri", "Riverside United", "first_team", "left") in keys


def test_near_miss_a_club_joined_from_his_home_town() -> None:
    keys = keys_of(_NEWS + "Dolansky joins Harbour Town from Pilsen, where he was born.")
    assert not any(key[0] == "Mirek Dolansky" and key[3] == "left" for key in keys)


def test_near_miss_moved_from_a_club_as_a_boy() -> None:
    keys = keys_of(_NEWS + "Dolansky moved to Harbour Town from Riverside United as a boy.")
    assert _LEFT not in keys


def test_near_miss_a_players_transfer() -> None:
    sentence = "Dolansky said that striker Ivo Brandt has joined Harbour Town from Riverside United."
    keys = keys_of(_NEWS + sentence)
    assert not any(key[0] == "Ivo Brandt" for key in keys)


def test_comes_in_as_an_aide_from_a_club() -> None:
    sentence = "Aldo Pirri comes in as new assistant coach from Riverside United, where he led the under-19s."
    assert ("Aldo Pirri", "Riverside United", "u19", "left") in keys_of(_NEWS + sentence)


def test_near_miss_comes_in_from_no_club() -> None:
    keys = keys_of(_NEWS + "Dolansky came in from the cold after two years without a job.")
    assert not any(key[0] == "Mirek Dolansky" and key[3] == "left" for key in keys)
