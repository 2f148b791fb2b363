"""'X was until now the assistant of Y', 'X directed until now the B team': a post told as held until
the story's news ends when the story gives him another post (here his promotion), so careful readers
record its end beside the spell. Not a post held beside a stand-in's charge, a post of another clause
('and had earlier worked with the academy'), 'Until then, X will lead the team' (a time to come), nor a
post the story gives him no successor to."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_PROMOTED = "Feyenoord have promoted Lars Ek to head coach after Jonas Berg left by mutual agreement. "


def test_aide_until_now_promoted_leaves_the_aides_post() -> None:
    keys = keys_of(_PROMOTED + "Ek was until now the assistant of Berg.")
    assert ("Lars Ek", "Feyenoord", "first_team", "left") in keys
    assert ("Lars Ek", "Feyenoord", "first_team", "in_charge") in keys


def test_reserve_directed_until_now_is_left_for_the_first_team() -> None:
    text = "Ajax have named Lars Ek as head coach. Ek directed until now Jong Ajax, whom he took to fourth."
    assert ("Lars Ek", "Ajax", "reserve", "left") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the post of another clause
        (
            "Ajax have named Lars Ek as head coach on Monday. Ek, 41, was until now the assistant of "
            "Jonas Berg and had earlier worked with the academy.",
            ("Lars Ek", "Ajax", "youth", "left"),
        ),
        # a stand-in keeps the post he goes back to
        (
            "Ajax sacked Jonas Berg on Monday. Lars Ek, 41, was until now the assistant of Berg and takes "
            "interim charge.",
            ("Lars Ek", "Ajax", "first_team", "left"),
        ),
        # a time still to come
        (
            "Ajax sacked Jonas Berg on Monday. Until then, assistant coach Lars Ek will lead the team.",
            ("Lars Ek", "Ajax", "first_team", "left"),
        ),
        # no other post told
        (
            "Feyenoord parted ways with Jonas Berg on Sunday. Lars Ek was until now the assistant of Berg "
            "and stays on the staff.",
            ("Lars Ek", "Feyenoord", "first_team", "left"),
        ),
    ],
)
def test_no_end_read(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)


# the pluperfect progressive tells a post held up to the news too: ended by another post at the same club
def test_post_had_been_coaching_is_left_for_a_post_at_the_same_club() -> None:
    text = "Ajax have named Lars Ek as head coach. Ek had been coaching the under-19s."
    keys = keys_of(text)
    assert ("Lars Ek", "Ajax", "u19", "in_charge") in keys
    assert ("Lars Ek", "Ajax", "u19", "left") in keys


def test_post_had_been_working_is_not_left_without_another_post() -> None:
    text = "Ajax sacked Jonas Berg on Monday. Lars Ek had been working as an assistant with the under-19s."
    assert ("Lars Ek", "Ajax", "u19", "left") not in keys_of(text)
