"""'X took over at C from Y', 'took over the under-18s the following summer from Y': the club or squad
named between 'took over' and 'from' is the post Y left. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Burnley have appointed Tom Hale as head coach. "


@pytest.mark.parametrize(
    ("sentence", "club", "squad"),
    [
        ("Hale took over at Luton Town in 2021 from Mark Dunn.", "Luton Town", "first_team"),
        (
            "Hale took over at Kenilworth Road from Mark Dunn, who had left for Stoke City.",
            "Luton Town",
            "first_team",
        ),
        ("Hale took over the under-18s the following summer from Mark Dunn.", "Burnley", "u18"),
    ],
)
def test_man_before_him_left_the_post_named_between(sentence: str, club: str, squad: str) -> None:
    assert ("Mark Dunn", club, squad, "left") in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale took over at Luton Town from next week, Mark Dunn said.",
        "Hale took over at Luton Town from 2019 to 2021, and Mark Dunn was his assistant.",
    ],
)
def test_no_man_right_after_from_is_no_exit(sentence: str) -> None:
    assert not any(k[0] == "Mark Dunn" and k[3] == "left" for k in keys_of(_NEWS + sentence))
