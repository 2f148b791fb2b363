"""Going back to the side he coached, told by the title or beside the post: "will return to his role as
under-21 coach", "returns to his role with the under-23s", "… as the club's under-19 coach", "… as Under-21s
Lead Coach", "goes back to his old post as trainer of the U18", the translated "returns to his functions as
coach of the reserve team" (sentences of our own)."""

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
        (
            _LEAD + "Dean Whitehead, who stood in for six games, will return to his role as the club's "
            "under-19 coach.",
            "u19",
        ),
        (
            _LEAD + "Dean Whitehead, who steadied the side, returns to his role as Under-21s Lead Coach.",
            "u21",
        ),
        (_LEAD + "Dean Whitehead goes back to his old post as trainer of the U18.", "u18"),
        (
            _LEAD + "Dean Whitehead will return to his functions as coach of the reserve team of the club.",
            "reserve",
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


@pytest.mark.parametrize(
    "text",
    [
        # the senior side's staff title, with the club named as its owner
        _LEAD + "Dean Whitehead will return to his role as the club's first-team coach.",
        # a side told as going back to playing, not a man to coaching it
        _LEAD + "Dean Whitehead watched as the club's under-21 side returned to action on Saturday.",
    ],
)
def test_no_side_he_goes_back_to(text: str) -> None:
    posts = {(f["squad"], f["event"]) for f in facts_of(text) if f["coach"] == "Dean Whitehead"}
    assert not {p for p in posts if p[0] != "first_team"}
