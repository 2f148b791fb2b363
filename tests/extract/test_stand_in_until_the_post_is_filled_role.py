"""A man who will lead the team 'until a coach is found' stands in: one appointment, as caretaker (two
rules read the sentence; the head coach's reading of the same words is not a second fact). A man who
leads it until his contract ends is its head coach."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

LEAD = "Real Oviedo sacked Nils Dahl on Sunday. "


@pytest.mark.parametrize(
    "tail",
    [
        "Tomas Berg will lead the team until a coach is found.",
        "Tomas Berg will lead the team until a successor has been named.",
        "Tomas Berg will lead the team until the new manager is appointed.",
        # another verb of charge, the post's filling its end
        "Tomas Berg will oversee first-team affairs until a permanent appointment is made.",
        "Tomas Berg will direct the side until a successor is found.",
    ],
)
def test_leading_until_the_post_is_filled_is_one_stand_in(tail: str) -> None:
    facts = [f for f in facts_of(LEAD + tail) if f["coach"] == "Tomas Berg" and f["event"] == "appointed"]
    assert [(f["club"], f["role"]) for f in facts] == [("Real Oviedo", "caretaker")]


def test_leading_until_his_contract_ends_is_the_head_coach() -> None:
    facts = facts_of(LEAD + "Tomas Berg will lead the team until his contract expires in 2027.")
    roles = {f["role"] for f in facts if f["coach"] == "Tomas Berg" and f["event"] == "appointed"}
    assert roles == {"head_coach"}
