"""A career clause ending on a participle move whose object is the club just named, told by its town or a
descriptor ('spent two seasons at Ferencváros, leaving Budapest last summer', 'worked with Mohun Bagan,
leaving the Kolkata giants in May'): he left that club. A participle with no move
object ('leaving fans delighted') tells none. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Legia Warsaw have appointed Pavel Danek as head coach. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Danek spent two seasons at Ferencváros, leaving Budapest last summer.", "Ferencváros"),
        (
            "Danek worked with Mohun Bagan, leaving the Kolkata giants in May.",
            "Mohun Bagan",
        ),
        ("Danek spent three years at Ferencváros, leaving the club in May.", "Ferencváros"),
    ],
)
def test_participle_leaving_the_club_just_named(sentence: str, club: str) -> None:
    left = {k[1] for k in keys_of(_NEWS + sentence, "2024-06-25") if k[0] == "Pavel Danek" and k[3] == "left"}
    assert any(name.startswith(club) for name in left)


def test_participle_without_a_move_leaves_nothing() -> None:
    keys = keys_of(_NEWS + "Danek spent three years at Ferencváros, leaving fans delighted.", "2024-06-25")
    assert ("Pavel Danek", "Ferencváros", "first_team", "in_charge") in keys
    assert not any(k[0] == "Pavel Danek" and k[3] == "left" for k in keys)
