"""Leaving a post told with a squad's or a boss's title: "X leaves his post as first-team coach at C, where
he worked under Y", "leaves his role as Y's assistant at C to take his first job" (left at C). Not a post
with no club named. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Brondby have appointed Lars Lund as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Lund leaves his post as first-team coach at Hammarby, where he worked under Per Olsson.",
            id="squad_title_then_where",
        ),
        pytest.param(
            "Lund leaves his role as Per Olsson's assistant at Hammarby to take his first head coach job.",
            id="boss_title",
        ),
    ],
)
def test_leaves_titled_post_at_club(sentence: str) -> None:
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") in keys_of(_NEWS + sentence)


def test_no_club_no_departure() -> None:
    keys = keys_of(_NEWS + "Lund leaves his role as Per Olsson's assistant.")
    assert not any(k[0] == "Lars Lund" and k[3] == "left" for k in keys)
