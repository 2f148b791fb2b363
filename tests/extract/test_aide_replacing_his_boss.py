"""An aide who replaces his boss ("He was replaced by his assistant X", "Assistant X has been appointed as his
replacement", "… named as her successor") takes the head coach's post, not an aide's: his title before the
name is the one he held till now, so he gets the aide's spell beside the appointment. An aide who replaces
another aide keeps an aide's title (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Fulwood Rangers sacked Ivan Petrov on Sunday. "


@pytest.mark.parametrize(
    "news",
    [
        "He was replaced by his assistant Dale Morrow.",
        "Assistant Dale Morrow has been appointed as his replacement until the summer.",
        "His assistant Dale Morrow was named as his successor on Monday.",
    ],
)
def test_the_aide_takes_the_head_coachs_post(news: str) -> None:
    facts = [f for f in facts_of(_SACKED + news) if f["coach"] == "Dale Morrow"]
    assert ("head_coach", "appointed") in {(f["role"], f["event"]) for f in facts}
    assert ("assistant_coach", "in_charge") in {(f["role"], f["event"]) for f in facts}


def test_an_aide_named_to_a_post_as_aide_stays_an_aide() -> None:
    text = (
        "Fulwood Rangers have appointed Ivan Petrov as head coach. Dale Morrow has been appointed as his "
        "assistant."
    )
    facts = [f for f in facts_of(text) if f["coach"] == "Dale Morrow"]
    assert {(f["role"], f["event"]) for f in facts} == {("assistant_coach", "appointed")}
