"""'X, a former C boss who has also managed D, leaves along with his assistant A', said after the story
told X sacked by E: the aide leaves E, the post his boss left, not a club of the boss's aside. Where the
words name the club left ('X left C last month along with his assistant A'), that club. Written for these
tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Altrincham have sacked manager Owen Marsh. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Marsh, a former Gateshead boss who has also managed Barrow, leaves along with his assistant"
        " Kieran Dale.",
        "Marsh, who once coached Barrow, departs together with his assistant Kieran Dale.",
    ],
)
def test_aide_leaves_the_club_his_sacked_boss_left(sentence: str) -> None:
    keys = keys_of(_SACKED + sentence, "2024-06-02")
    assert ("Kieran Dale", "Altrincham", "first_team", "left") in keys
    assert not any(k[0] == "Kieran Dale" and k[1] in ("Barrow AFC", "Gateshead") for k in keys)


def test_the_club_named_as_left_stays_the_aides() -> None:
    text = (
        "Altrincham have appointed Owen Marsh as their new manager. "
        "Marsh left Gateshead last month along with his assistant Kieran Dale."
    )
    keys = keys_of(text, "2024-06-02")
    assert ("Kieran Dale", "Gateshead", "first_team", "left") in keys
    assert ("Kieran Dale", "Altrincham", "first_team", "left") not in keys
