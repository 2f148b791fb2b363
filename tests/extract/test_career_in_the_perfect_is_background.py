"""A coach's career told in the present perfect with 'worked' ("Since then he has taken his badges and
worked as an assistant with C's under-19s") is background: the story does not move to C, and the next
clubless sentence ("X takes over from Y, who stepped down") is still about the story's club. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_STORY = (
    "Randers FC have appointed Tomas Berg as head coach. "
    "Berg, 37, ended his playing career at Silkeborg IF in 2019. "
    "Since then he {} with the Silkeborg IF under-19s. "
    "This is his first post as a head coach. "
    "Berg takes over from Ole Vinter, who stepped down after the last round."
)


def _clubs_of_the_replaced(career: str) -> set[str]:
    facts = facts_of(_STORY.format(career), "2024-06-12")
    return {f["club"] for f in facts if f["coach"] == "Ole Vinter"}


@pytest.mark.parametrize(
    "career",
    [
        "has taken his badges and worked as an assistant",
        "has worked as an assistant",
        "has since worked as assistant coach",
    ],
)
def test_a_career_that_has_worked_somewhere_leaves_the_story_at_its_club(career: str) -> None:
    assert _clubs_of_the_replaced(career) == {"Randers FC"}


def test_the_career_spell_itself_is_still_read() -> None:
    facts = facts_of(_STORY.format("has worked as an assistant"), "2024-06-12")
    spells = {
        (f["club"], f["squad"]) for f in facts if f["coach"] == "Tomas Berg" and f["event"] == "in_charge"
    }
    assert spells == {("Silkeborg IF", "u19")}


@pytest.mark.parametrize(
    "career", ["has coached", "has taken charge of the under-19s at Silkeborg IF and won the league"]
)
def test_the_appointees_perfect_without_worked_is_background_too(career: str) -> None:
    """Berg is the man the story appointed at Randers: told in the perfect at another club, he is looked
    back on whatever the verb (test_appointee_looked_back_on), so Vinter, whom he takes over from, left
    Randers (until that rule, these perfects took the story to Silkeborg IF)."""
    assert _clubs_of_the_replaced(career) == {"Randers FC"}
