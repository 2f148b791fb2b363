"""A new coach's aide named after his post, in translated copy that opens the sentence with the post:
"Assistant to him became X", "Co-trainer becomes X". Near misses: a post followed by no newcomer ("The
assistant became X's friend", "The assistant became ill")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Hallam FC have appointed Joe Platt as manager. "


@pytest.mark.parametrize(
    "sentence",
    ["Assistant to him became Sam Field.", "Co-trainer becomes Sam Field, who comes with him from Leeds."],
)
def test_aide_post_opening_the_sentence(sentence: str) -> None:
    assert ("Sam Field", "Hallam FC", "first_team", "appointed") in keys_of(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The assistant became Sam Field's friend.", "The assistant became ill before Sam Field arrived."],
)
def test_no_newcomer_after_the_post(sentence: str) -> None:
    keys = keys_of(_OPENING + sentence)
    assert not any(coach == "Sam Field" and event == "appointed" for coach, _, _, event in keys)
