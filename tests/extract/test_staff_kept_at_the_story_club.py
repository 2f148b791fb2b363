"""'Goalkeeping coach Y stays', 'In the staff remain A and B': aides kept on, with no club named, are kept
by the club the story is about now, not by a club the boss's career sentence just passed through; unless
the sentence before opened on that other club ('Lokeren have also changed their staff. …'). Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Stoke City have appointed Tom Reddy as head coach. He was trainer of Lokeren from 2019 until 2022. "


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        ("Goalkeeping coach Pat Moss stays.", ["Pat Moss"]),
        (
            "The assistant Jim Dale and the goalkeeping coach Pat Moss also continue.",
            ["Jim Dale", "Pat Moss"],
        ),
        (
            "In the staff remain the second trainer Jim Dale and the goalkeeper trainer Pat Moss.",
            ["Jim Dale", "Pat Moss"],
        ),
    ],
)
def test_kept_staff_are_the_story_clubs(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_NEWS + sentence)
    for aide in aides:
        assert any(k[0] == aide and k[1] == "Stoke City" and k[3] == "in_charge" for k in keys)


def test_a_sentence_opening_on_the_other_club_keeps_it_in_view() -> None:
    text = "Stoke City have appointed Tom Reddy as head coach. Lokeren have also changed their staff. "
    keys = keys_of(text + "Goalkeeping coach Pat Moss stays.")
    assert not any(k[0] == "Pat Moss" and k[1] == "Stoke City" for k in keys)
