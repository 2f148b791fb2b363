"""Going back to the side he coached, told by the title or beside the post: "will return to his role as
under-21 coach", "returns to his role with the under-23s" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Stoke City have appointed Mark Robins as head coach. "


@pytest.mark.parametrize(
    ("text", "squad"),
    [
        (_LEAD + "Dean Whitehead will return to his role as under-21 coach.", "u21"),
        (_LEAD + "Dean Whitehead, who was in interim charge, returns to his role with the under-18s.", "u18"),
        (
            _LEAD + "Dean Whitehead has been in caretaker charge since March and will return to his role as "
            "under-21 head coach.",
            "u21",
        ),
    ],
)
def test_back_to_the_side_he_coached(text: str, squad: str) -> None:
    assert ("Dean Whitehead", "Stoke City", squad, "in_charge") in keys_of(text)


def test_no_side_from_the_senior_staff_title() -> None:
    # "first-team coach" is a title on the senior side's staff (an aide's), not a side of his own
    text = _LEAD + "Dean Whitehead will return to his role as first-team coach."
    posts = {(f["squad"], f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Dean Whitehead"}
    assert ("first_team", "head_coach", "in_charge") not in posts
