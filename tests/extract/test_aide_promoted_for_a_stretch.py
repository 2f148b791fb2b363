"""Review 18 finding 1. An aide promoted to the top post only for a stretch ("on an interim basis", "for the
remaining three games", "until a permanent appointment is made", "takes over as head coach until the end of
the season") stands in: a caretaker's appointment beside his aide's post, and no exit from that post; one
promoted for good leaves it (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

STAND_IN = [
    "Tranmere Rovers have promoted assistant Tom Quill to head coach on an interim basis.",
    "Tranmere Rovers have promoted assistant Tom Quill to head coach for the remaining four games.",
    "Tranmere Rovers have promoted assistant Tom Quill to head coach until a permanent appointment is made.",
    "Tranmere Rovers dismissed Rob Keane on Monday. His assistant Tom Quill takes over as head coach until "
    "the end of the season.",
]


def _quill(text: str) -> set[tuple[str, str]]:
    return {(f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Tom Quill"}


@pytest.mark.parametrize("text", STAND_IN)
def test_an_aide_promoted_for_a_stretch_stands_in(text: str) -> None:
    facts = _quill(text)
    assert ("caretaker", "appointed") in facts
    assert ("assistant_coach", "in_charge") in facts
    assert not any(event == "left" for _, event in facts)
    assert ("head_coach", "appointed") not in facts


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: promoted for good, the stretch is someone else's or absent
        "Tranmere Rovers have promoted assistant Tom Quill to head coach.",
        "Tranmere Rovers have promoted assistant Tom Quill to head coach on a permanent basis.",
    ],
)
def test_an_aide_promoted_for_good_leaves_his_post(text: str) -> None:
    facts = _quill(text)
    assert ("head_coach", "appointed") in facts
    assert ("assistant_coach", "left") in facts


@pytest.mark.parametrize(
    "text",
    [
        "Tranmere Rovers have promoted assistant Tom Quill to head coach.",
        "Tranmere Rovers have promoted assistant Tom Quill to head coach in January.",
    ],
)
def test_the_aides_spell_is_not_dated_by_the_promotion(text: str) -> None:
    """Review 18 finding 5: when his aide's spell began is not told (the promotion's day is its end)."""
    spells = [f for f in facts_of(text) if f["coach"] == "Tom Quill" and f["event"] == "in_charge"]
    assert [(f["role"], f["date"]) for f in spells] == [("assistant_coach", None)]
