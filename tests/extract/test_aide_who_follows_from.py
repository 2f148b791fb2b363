"""'assisted by X, who follows him from C': an aide told in a relative clause to follow the new man from C
has left C (as 'X follows him from C' does). Sentences written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Wolves have appointed Vitor Moura as head coach. "


@pytest.mark.parametrize(
    ("sentence", "aide", "club"),
    [
        ("He will be assisted by Sergio Costa, who follows him from Porto.", "Sergio Costa", "FC Porto"),
        ("He will work with the analyst Rui Lima, who followed him from Braga.", "Rui Lima", "Braga"),
        ("His staff includes Tiago Sá, who will follow him from Benfica.", "Tiago Sá", "Benfica"),
    ],
)
def test_aide_who_follows_him_left_the_club(sentence: str, aide: str, club: str) -> None:
    assert (aide, club, "first_team", "left") in keys_of(_LEAD + sentence, "2024-06-20")


@pytest.mark.parametrize(
    "sentence",
    [
        # knowing him from a club is no move from it
        "He will be assisted by Sergio Costa, who knows him from Porto.",
        # following him on social media: no club
        "He will be assisted by Sergio Costa, who follows him on social media.",
    ],
)
def test_no_departure_without_following_him_from_a_club(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-06-20")
    assert not any(k[0] == "Sergio Costa" and k[3] == "left" for k in keys)


def test_a_successor_who_follows_a_named_man_does_not_leave_that_mans_club() -> None:
    # "follows Y from C's bench": he takes Y's place at C, he does not leave C
    sentence = "Moura, who follows Julen Lago from Wolves' bench, arrives from Braga."
    keys = keys_of(_LEAD + sentence, "2024-06-20")
    assert ("Vitor Moura", "Wolverhampton Wanderers", "first_team", "left") not in keys
