"""A coach's move off the bench into a club post above it, told as his possessive: "after X's move into the
front office", "since X's move upstairs" (left, the club in view). Not a move into management. Sentences
of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sacramento Republic have named Lucas Moreno head coach, filling the vacancy created by Mark "
            "Briggs's move into the front office.",
            id="move_into_the_front_office",
        ),
        pytest.param(
            "Sacramento Republic have named Lucas Moreno head coach, three weeks after Mark Briggs's move "
            "upstairs.",
            id="move_upstairs",
        ),
    ],
)
def test_move_off_the_bench(text: str) -> None:
    assert ("Mark Briggs", "Sacramento Republic FC", "first_team", "left") in keys_of(text)


def test_move_into_management_is_no_exit() -> None:
    """Near miss: a player's move into management starts a coaching career; he leaves no post."""
    text = "Sacramento Republic have named Mark Briggs head coach, a year after his move into management."
    assert not any(k[0] == "Mark Briggs" and k[3] == "left" for k in keys_of(text))
