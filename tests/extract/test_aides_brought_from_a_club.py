"""Aides a new head coach brings "with him from C", or "his C assistant X" he brings: they left C (their
new post is read elsewhere). Not an aide brought with no club named, nor a player signed from a club.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Brondby have appointed Lars Lund as head coach. "


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        pytest.param(
            "Lund will bring assistants Per Olsson and Nils Ek with him from Hammarby.",
            ("Per Olsson", "Nils Ek"),
            id="assistants_with_him_from",
        ),
        pytest.param(
            "Lund will bring with him his assistant Per Olsson from Hammarby.",
            ("Per Olsson",),
            id="with_him_his_assistant_from",
        ),
        pytest.param(
            "Lund brings assistant Per Olsson with him from Hammarby.",
            ("Per Olsson",),
            id="brings_assistant_from",
        ),
        pytest.param(
            "Lund will bring his Hammarby assistant Per Olsson with him.",
            ("Per Olsson",),
            id="his_club_assistant_with_him",
        ),
    ],
)
def test_aide_brought_from_a_club_left_it(sentence: str, aides: tuple[str, ...]) -> None:
    keys = keys_of(_NEWS + sentence)
    for aide in aides:
        assert (aide, "Hammarby IF", "first_team", "left") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Lund will bring his assistant Per Olsson with him.", id="no_club_named"),
        pytest.param("Lund wants to bring striker Per Olsson from Hammarby.", id="a_player_signed"),
    ],
)
def test_no_exit_without_an_aide_from_a_club(sentence: str) -> None:
    assert not any(k[0] == "Per Olsson" and k[3] == "left" for k in keys_of(_NEWS + sentence))
