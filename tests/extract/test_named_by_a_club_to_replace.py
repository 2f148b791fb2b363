"""'X was named by C on Tuesday to replace Y', 'was named by the MLS club to replace Y': the club naming the
new man is the post Y left, whatever club the story is about. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Burnley have appointed Tom Hale as head coach. In 2019 he was appointed by Luton Town to replace "
         "Mark Dunn.", "Luton Town"),
        ("Burnley have appointed Tom Hale as head coach. Hale was named by the Championship club on Tuesday "
         "to replace Mark Dunn.", "Burnley"),
        ("Tom Hale, who coached Stoke City's under-21s, was hired by Luton Town on Monday to replace "
         "Mark Dunn.", "Luton Town"),
    ],
)  # fmt: skip
def test_replaced_man_left_the_club_naming_the_new_one(text: str, club: str) -> None:
    assert ("Mark Dunn", club, "first_team", "left") in keys_of(text)


def test_a_club_beaten_is_not_the_post() -> None:
    """Only the club right after the verb names him: a club further on is no post of Y's."""
    text = (
        "Burnley have appointed Tom Hale as head coach. He was appointed after a 3-0 defeat by Luton Town, "
        "to replace Mark Dunn."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Mark Dunn" and k[1] == "Luton Town" for k in keys)
