"""An executive who succeeds someone ('New sports board X, who succeeds Y in the management') takes Y's
executive post: neither is a coaching fact ('sports board', the translated German 'Sportvorstand', is an
executive title). A coach who succeeds Y still tells Y's exit. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Nürnberg have appointed Tomas Vik as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "New sports board Karel Lind, who succeeds Jonas Berg in the management, called him meticulous.",
        "Sporting director Karel Lind, who succeeds Jonas Berg, called him meticulous.",
        "The new sporting board Karel Lind, who replaces Jonas Berg, praised the choice.",
    ],
)
def test_executive_succession_is_no_coaching_fact(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-20")
    assert not any(k[0] in ("Karel Lind", "Jonas Berg") for k in keys)
    assert ("Tomas Vik", "1. FC Nürnberg", "first_team", "appointed") in keys


def test_coach_succession_tells_the_exit() -> None:
    keys = keys_of(_NEWS + "Vik succeeds Jonas Berg, who left in May.", "2024-06-20")
    assert ("Jonas Berg", "1. FC Nürnberg", "first_team", "left") in keys
