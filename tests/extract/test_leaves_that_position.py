"""Leaving the post named before by a bare noun: "he now leaves that position with immediate effect",
"left his position on Monday" (left, the post the sentence told). Not a player's position on the pitch, nor a
denial. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Poland have named Piotr Nowak as head coach of the under-21 team. Marek Zielinski has coached "
            "the under-21s since 2022, and he now leaves that position with immediate effect.",
            ("Marek Zielinski", "Poland", "national_u21", "left"),
            id="leaves_that_position",
        ),
        pytest.param(
            "Jan Kowalski, who has been Lech Poznan head coach since 2022, left his position on Monday.",
            ("Jan Kowalski", "Lech Poznań", "first_team", "left"),
            id="left_his_position",
        ),
    ],
)
def test_leaves_the_post_told(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Lech Poznan coach Marek Nowicki saw defender Jan Kowalski leave his position to chase the ball.",
            id="a_players_position",
        ),
        pytest.param(
            "Lech Poznan have sacked Marek Nowicki. Jan Kowalski, who has coached the club since 2022, will "
            "not leave that position this summer.",
            id="will_not_leave",
        ),
    ],
)
def test_no_exit(text: str) -> None:
    assert not any(k[0] == "Jan Kowalski" and k[3] == "left" for k in keys_of(text))
