"""A departure both sides settled: "X reached an agreement to leave C", "has agreed to leave the club"
(left, not a resignation). Not "agreed to leave the decision to the board". Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Brondby have appointed Lars Lund, who reached an agreement to leave Hammarby after two seasons.",
            id="reached_an_agreement_to_leave",
        ),
        pytest.param("Hammarby coach Lars Lund has agreed to leave the club.", id="agreed_to_leave"),
    ],
)
def test_agreed_to_leave(text: str) -> None:
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") in keys_of(text)


def test_leaving_a_decision_to_others_is_no_exit() -> None:
    keys = keys_of("Hammarby coach Lars Lund has agreed to leave the decision to the board.")
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hammarby have appointed Lars Lund. Erik Sand has agreed to leave the club after 150 appearances.",
        "Hammarby named Lars Lund coach. Erik Sand, who made his debut at 17, has agreed to leave the club.",
    ],
)
def test_a_player_agreeing_to_leave_is_no_coachs_exit(text: str) -> None:
    """A cue of his playing days: a player's exit, unless the article shows him coaching."""
    assert not any(coach == "Erik Sand" for coach, *_ in keys_of(text))
