"""'Assistant X has been appointed as his replacement until the end of the season': the team's aide named to
the post for a stretch only stands in (caretaker) and keeps his aide's post, so no departure from it is
inferred; named to it for good he is head coach and leaves it. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Norwich City have sacked Dale Ormond. "


def _roles(text: str, coach: str) -> set[tuple[str, str]]:
    return {(f["role"], f["event"]) for f in facts_of(text, "2024-02-12") if f["coach"] == coach}


@pytest.mark.parametrize(
    "sentence",
    [
        "Assistant Pete Varley has been appointed as his replacement until the end of the season.",
        "Assistant coach Pete Varley was named as his successor for the rest of the campaign.",
        "Pete Varley, his assistant, has been appointed as his replacement until the end of the season.",
    ],
)
def test_aide_named_for_a_stretch_stands_in(sentence: str) -> None:
    roles = _roles(_LEAD + sentence, "Pete Varley")
    assert ("caretaker", "appointed") in roles
    assert ("head_coach", "appointed") not in roles
    assert ("assistant_coach", "left") not in roles


@pytest.mark.parametrize(
    "sentence",
    [
        # named for good: he leaves the aide's post
        "Assistant Pete Varley has been appointed as his replacement on a permanent basis.",
        "Assistant Pete Varley has been appointed as his replacement.",
    ],
)
def test_aide_named_for_good_is_head_coach(sentence: str) -> None:
    roles = _roles(_LEAD + sentence, "Pete Varley")
    assert ("head_coach", "appointed") in roles
    assert ("caretaker", "appointed") not in roles
