"""An aide who follows his boss leaves the club the boss left ("A and B follow him to C"); an aide who
joins him ("A joins him at C", "B will join Y's staff", "C returns with him") arrives, from where untold."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import keys_of

_STORY = "Burnley have appointed Tom Harwell as their new manager after he left Preston North End on Monday. "
_OLD_CLUB = "Preston North End"


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        ("Harwell's assistants Dan Oakes and Lee Pryce follow him to Turf Moor.", ["Dan Oakes", "Lee Pryce"]),
        ("His long-time assistant Dan Oakes follows him to Turf Moor.", ["Dan Oakes"]),
    ],
)
def test_an_aide_who_follows_leaves_the_old_club(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_STORY + sentence)
    for aide in aides:
        assert (aide, "Burnley", "first_team", "appointed") in keys
        assert (aide, _OLD_CLUB, "first_team", "left") in keys


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        ("His long-time assistant Dan Oakes joins him at Turf Moor.", ["Dan Oakes"]),
        ("Dan Oakes and Lee Pryce will join Harwell's backroom staff.", ["Dan Oakes", "Lee Pryce"]),
        ("His long-time assistant Dan Oakes returns with him.", ["Dan Oakes"]),
    ],
)
def test_an_aide_who_joins_arrives_without_a_departure(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_STORY + sentence)
    for aide in aides:
        assert (aide, "Burnley", "first_team", "appointed") in keys
        assert not any(k[0] == aide and k[3] == "left" for k in keys)
