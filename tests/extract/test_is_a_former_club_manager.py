"""A past post told in the present tense: "X, 58, is a former C manager and …", "X is the former coach of
C": a spell in charge of C. "Is a coach" alone names no club, "a former C player" is no coaching post, and
"the former C manager's son" names another man's post. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    return {f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Hearts have appointed Neil McCann as head coach. McCann, 51, is a former Dundee manager and "
            "most recently worked in television.",
            "Neil McCann",
            "Dundee",
        ),
        (
            "Kilmarnock have appointed Jim Jefferies as head coach. Jefferies is the former coach of "
            "Falkirk and also had a spell at Bradford City.",
            "Jim Jefferies",
            "Falkirk",
        ),
    ],
)
def test_former_post_in_the_present_is_a_spell(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Hearts have appointed Neil McCann as head coach. McCann is a former Dundee player.",
            "Neil McCann",
            "Dundee",
        ),
        (
            "Hearts have appointed Neil McCann as head coach. McCann is the former Dundee manager's nephew.",
            "Neil McCann",
            "Dundee",
        ),
    ],
)
def test_no_spell_from_a_playing_post_or_a_relative(text: str, coach: str, club: str) -> None:
    assert club not in _spells(text, coach)
