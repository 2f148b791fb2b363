"""A youth or reserve coach who steps up to the first team's staff, or to the side named ("Under-18 coach X
will step up to become first-team coach", "… moves up as the second assistant"; sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Exeter City have named Paul Hearne as their new head coach. "


def _appointments(text: str, coach: str) -> set[tuple[str, str]]:
    return {
        (f["squad"], f["role"]) for f in facts_of(text) if f["coach"] == coach and f["event"] == "appointed"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Under-18 coach Rob Tallis will step up to become first-team coach.",
        "Reserve coach Rob Tallis moves up as the second assistant.",
        "Under-21 boss Rob Tallis will move up to the senior staff as a technical assistant.",
        "Academy coach Rob Tallis is to step up to join Hearne's staff.",
    ],
)
def test_a_step_up_to_the_first_teams_staff(sentence: str) -> None:
    assert ("first_team", "assistant_coach") in _appointments(_LEAD + sentence, "Rob Tallis")


def test_a_step_up_to_the_side_named() -> None:
    text = _LEAD + "Under-18 coach Rob Tallis will step up to become under-23 coach."
    assert _appointments(text, "Rob Tallis") == {("u23", "head_coach")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a step up to caretaker is a stand-in's, read elsewhere, no aide's post
        "Under-18 coach Rob Tallis stepped up as caretaker in November.",
        # a player stepping up in a game
        "Midfielder Rob Tallis stepped up with a late winner against Crewe.",
    ],
)
def test_no_aides_post_from_other_step_ups(sentence: str) -> None:
    assert ("first_team", "assistant_coach") not in _appointments(_LEAD + sentence, "Rob Tallis")
