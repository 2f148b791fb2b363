"""Review 18 finding 4. A man titled as another boss's aide ("X, Y's long-time number two") held that post
where Y coaches: at the club that appoints him only when the story ties Y to it (Y sacked or gone there, or
named again); a boss named only in the aide's title coaches elsewhere, so the appointment stands alone
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _quill(text: str) -> set[tuple[str, str]]:
    return {(f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Tom Quill"}


@pytest.mark.parametrize(
    "text",
    [
        "Tranmere Rovers have named Tom Quill, Rob Keane's trusted number two, as their head coach.",
        "Tranmere Rovers have hired Tom Quill. Quill, Rob Keane's long-time assistant, takes over straight "
        "away.",
    ],
)
def test_an_aide_of_a_boss_named_only_in_his_title_held_no_post_here(text: str) -> None:
    facts = _quill(text)
    assert ("head_coach", "appointed") in facts
    assert ("assistant_coach", "in_charge") not in facts
    assert ("assistant_coach", "left") not in facts


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the boss is tied to the club, or the aide is the team's own
        "Tranmere Rovers sacked Rob Keane on Sunday. The club have named Tom Quill, Keane's long-time number "
        "two, as head coach.",
        "Tranmere Rovers have promoted assistant Tom Quill to head coach.",
    ],
)
def test_the_aide_of_this_clubs_boss_held_his_post_here(text: str) -> None:
    assert ("assistant_coach", "in_charge") in _quill(text)
