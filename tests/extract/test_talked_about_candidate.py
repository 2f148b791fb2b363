"""A candidate named by the press as "talked about": "X had been talked about in C", "has been talked
about as a successor". Near misses: what a coach himself talked about ("has talked about the vacancy",
"been talked about the club's plans")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Hallam FC have sacked Joe Platt. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Sam Field, most recently coach at Leeds United, had been talked about in Hallam.",
        "Sam Field has been talked about as a successor.",
        "Sam Field had also been talked about.",
    ],
)
def test_talked_about_is_a_rumour(sentence: str) -> None:
    assert ("Sam Field", "Hallam FC", "first_team", "linked") in keys_of(_OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sam Field has talked about the vacancy.",
        "Sam Field has been talked about the club's plans by the chairman.",
    ],
)
def test_what_he_talked_about_is_no_rumour(sentence: str) -> None:
    assert not any(k[0] == "Sam Field" and k[3] == "linked" for k in keys_of(_OPENING + sentence))
