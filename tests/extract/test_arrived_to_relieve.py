"""A man who 'arrived to relieve' another took his post, as translated Spanish copy writes "llegó para
relevar a X": 'Moreno had arrived in October to relieve Ivo Sastre and leaves after a cup defeat' has Sastre
gone from the post in view, as 'arrived to replace' does. 'To relieve X of his duties' is no succession."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Real Zaragoza have parted ways with head coach Tomás Moreno. "


def test_arrived_to_relieve_the_man_before_him() -> None:
    for text in (
        "Moreno had arrived in October to relieve Ivo Sastre and leaves after a cup defeat at home.",
        "Moreno arrived at the club in 2023 to relieve Ivo Sastre, then the longest-serving coach.",
    ):
        assert ("Ivo Sastre", "Real Zaragoza", "first_team", "left") in keys_of(_LEAD + text), text


def test_relieved_of_his_duties_is_no_succession() -> None:
    keys = keys_of(_LEAD + "Moreno had arrived in October to relieve Ivo Sastre of his duties as captain.")
    assert ("Ivo Sastre", "Real Zaragoza", "first_team", "left") not in keys
