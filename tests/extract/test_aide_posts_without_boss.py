"""An aide's earlier post at a club told without his boss, read by one rule ('aide-spell-at'): "was also
an assistant at C", "had a spell as an assistant with C", "worked only as assistant, at A and B"; and "was
most recently assistant to Y at C" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _aide_spells(text: str, coach: str) -> set[str]:
    return {
        f["club"]
        for f in facts_of(text)
        if f["coach"] == coach and f["event"] == "in_charge" and f["role"] == "assistant_coach"
    }


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Leeds appointed Tom Hartley. Hartley was also an assistant at Burnley.", {"Burnley"}),
        ("Leeds appointed Tom Hartley. He was previously an assistant coach with Burnley.", {"Burnley"}),
        (
            "Leeds appointed Tom Hartley. Before, he worked only as assistant, at Burnley and Watford.",
            {"Burnley", "Watford"},
        ),
        ("Leeds appointed Tom Hartley. Hartley had a spell as an assistant with Burnley.", {"Burnley"}),
        (
            "Leeds appointed Tom Hartley. He spent three years as assistant manager at Burnley and Watford.",
            {"Burnley", "Watford"},
        ),
        ("Leeds appointed Tom Hartley. Hartley, 44, was also an assistant at Dutch side Ajax.", {"Ajax"}),
        ("Leeds appointed Tom Hartley. Hartley was previously a co-trainer with Burnley.", {"Burnley"}),
        (
            "Leeds appointed Tom Hartley. He was most recently first-team coach at English side Burnley.",
            {"Burnley"},
        ),
        (
            "Leeds appointed Tom Hartley. He was also first-team coach at Burnley under Sean Dyche.",
            {"Burnley"},
        ),
        (
            "Leeds appointed Tom Hartley. He had been an assistant coach at Burnley before stepping up.",
            {"Burnley"},
        ),
        (
            "Leeds appointed Tom Hartley. Hartley has been number two at Burnley and Watford.",
            {"Burnley", "Watford"},
        ),
    ],
)
def test_an_aides_post_at_each_club_named(text: str, clubs: set[str]) -> None:
    assert clubs <= _aide_spells(text, "Tom Hartley")


def test_most_recently_assistant_to_a_boss_at_a_club() -> None:
    text = (
        "Leeds appointed Tom Hartley. He managed Burnley and was most recently assistant to Sean Dyche at "
        "Everton."
    )
    assert "Everton" in _aide_spells(text, "Tom Hartley")


@pytest.mark.parametrize(
    "text",
    [
        "Leeds appointed Tom Hartley. Hartley was an assistant referee at Burnley.",
        "Leeds appointed Tom Hartley. Hartley was a player at Burnley.",
        "Leeds appointed Tom Hartley. Hartley was an assistant in the academy before joining Burnley.",
        "Leeds appointed Tom Hartley. Hartley will be an assistant at Burnley next season.",
        "Leeds appointed Tom Hartley. He had been under-21s coach at Burnley.",
        # a number two behind a first choice is a goalkeeper's place
        "Leeds appointed Tom Hartley. Hartley was the number two at Burnley behind Nick Pope for years.",
        "Leeds appointed Tom Hartley. Hartley had been the deputy at Burnley behind the first-choice keeper.",
    ],
)
def test_no_aides_post_without_the_title_and_club(text: str) -> None:
    assert "Burnley" not in _aide_spells(text, "Tom Hartley")
