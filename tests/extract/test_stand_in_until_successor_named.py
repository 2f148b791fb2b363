"""A stand-in named until the post is filled, told with the bare "until a successor is named", "until the
appointment of a new coach", and the verbs "look after" and "handle": his appointment at the club in view
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hearts have sacked manager Dennis Kroll after a run of seven games without a win. "


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(club, squad, event) for person, club, squad, event in keys_of(text) if person == "Sam Oduya"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Academy coach Sam Oduya will look after the side until a successor has been named.",
        "Sam Oduya will handle the team until a new manager is found.",
        "Sam Oduya will lead the side until the appointment of a new head coach.",
    ],
)
def test_stand_in_until_the_post_is_filled(sentence: str) -> None:
    assert ("Heart of Midlothian", "first_team", "appointed") in _keys(_LEAD + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # no post open: the coach's own plans for his team
        "Hearts manager Sam Oduya will look after the squad until the transfer window closes.",
        # a player who looks after the team's kit
        _LEAD + "Kit man Sam Oduya will look after the kit until a new supplier is found.",
    ],
)
def test_no_stand_in_without_an_open_post(text: str) -> None:
    assert not {k for k in _keys(text) if k[2] == "appointed"}
