"""Titled backroom men who "complete" or "round out" the staff come onto it, each in his title's post
("Fitness coach X will round out the staff", "Goalkeeping coach A and analyst B complete the technical
team"): an appointment, not a spell told by the title. A title with another verb is no such arrival."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import facts_of

_STORY = "Burnley have appointed Dan Oakes as their new manager on a two-year deal. "


def _posts(sentence: str) -> set[tuple[str, str, str]]:
    found = facts_of(_STORY + sentence)
    return {(f["coach"], f["role"], f["event"]) for f in found if f["coach"] != "Dan Oakes"}


@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        ("Fitness coach Lee Pryce will round out the staff.", {("Lee Pryce", "fitness_coach", "appointed")}),
        (
            "Goalkeeping coach Lee Pryce and analyst Sam Reed complete the technical team.",
            {("Lee Pryce", "goalkeeping_coach", "appointed"), ("Sam Reed", "other_staff", "appointed")},
        ),
        (
            "Assistant coach Lee Pryce and goalkeeper coach Sam Reed will round out the staff.",
            {("Lee Pryce", "assistant_coach", "appointed"), ("Sam Reed", "goalkeeping_coach", "appointed")},
        ),
    ],
)
def test_titled_staff_completing_the_staff_are_appointed(sentence: str, posts: set) -> None:
    assert _posts(sentence) == posts


@pytest.mark.parametrize(
    "sentence",
    [
        "Goalkeeping coach Lee Pryce completed the double as a player in 2004.",
        "Goalkeeping coach Lee Pryce stays on.",
    ],
)
def test_a_title_with_another_verb_is_no_arrival(sentence: str) -> None:
    assert not any(event == "appointed" for _, _, event in _posts(sentence))
