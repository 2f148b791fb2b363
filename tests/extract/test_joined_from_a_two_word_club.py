"""'X, who joined from Forest Green last summer': a club of two words after 'from' is the club he left, not a
home town (review 17 finding 15, the relative-clause form); a place he was born in stays no club, and a club
he moved from "as a boy" is where he grew up, no post. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Exeter City have appointed Tom Baker as manager. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Baker, who joined from Forest Green last summer, replaces Gary Caldwell.", "Forest Green Rovers"),
        ("The 41-year-old, who joined from Boreham Wood in 2022, replaces Gary Caldwell.", "Boreham Wood"),
    ],
)
def test_the_club_after_from_is_kept(sentence: str, club: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert ("Tom Baker", club, "first_team", "left") in keys
    assert ("Gary Caldwell", "Exeter City", "first_team", "left") in keys


def test_near_miss_a_birthplace_is_no_club() -> None:
    keys = keys_of(_NEWS + "Baker, who was born in Forest Green, replaces Gary Caldwell.")
    assert not any(key[1] == "Forest Green Rovers" for key in keys)


def test_near_miss_moved_from_a_club_as_a_boy() -> None:
    keys = keys_of(_NEWS + "Baker, who moved from Boreham Wood as a boy, replaces Gary Caldwell.")
    assert not any(key[1] == "Boreham Wood" for key in keys)
