"""An aide's past post placed at a club by the words ("an assistant to Y at C, where he spent two seasons",
"first-team coach at C under Y", "worked with him at C") is one spell, the aide's: no head coach's spell
there beside it. An aide who led the team in view ("Assistant coach X had led the side for two games")
held two posts and keeps both readings."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import facts_of

_STORY = "Burnley have appointed Dan Oakes as their new manager. "


def _posts(text: str, club: str) -> list[tuple[str, str]]:
    found = facts_of(text)
    return sorted((f["role"], f["event"]) for f in found if f["coach"] == "Dan Oakes" and f["club"] == club)


@pytest.mark.parametrize(
    "sentence",
    [
        "Oakes was an assistant to Tom Harwell at Preston North End, where he spent two seasons.",
        "Before that he worked as first-team coach at Preston North End under Tom Harwell.",
        "Oakes had also worked with him at Preston North End.",
        "Before that he had been first-team coach at Preston North End.",
    ],
)
def test_an_aides_past_post_is_one_spell(sentence: str) -> None:
    assert _posts(_STORY + sentence, "Preston North End") == [("assistant_coach", "in_charge")]


def test_an_aide_who_led_the_team_keeps_both_posts() -> None:
    text = (
        "Burnley sacked Tom Harwell in March. Assistant coach Dan Oakes had led the side for two games "
        "before Lee Pryce was appointed."
    )
    assert _posts(text, "Burnley") == [("assistant_coach", "in_charge"), ("head_coach", "in_charge")]
