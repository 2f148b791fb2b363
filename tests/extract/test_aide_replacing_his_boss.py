"""An aide who replaces his boss ("He was replaced by his assistant X", "Assistant X has been appointed as his
replacement", "… named as her successor", "X, previously Y's assistant, replaced him") takes the head
coach's post, not an aide's: his title before or beside the name is the one he held till now, so he gets the
aide's spell beside the appointment. A man who replaces an aide as aide keeps an aide's title (sentences of
our own)."""

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


def test_an_aide_titled_after_his_name_who_replaces_his_boss() -> None:
    text = _SACKED + "Dale Morrow, previously Petrov's assistant, replaced him at the club."
    facts = [f for f in facts_of(text) if f["coach"] == "Dale Morrow"]
    assert ("head_coach", "appointed") in {(f["role"], f["event"]) for f in facts}
    assert ("assistant_coach", "in_charge") in {(f["role"], f["event"]) for f in facts}


def test_a_man_replacing_an_aide_as_aide_stays_an_aide() -> None:
    text = _SACKED + "Dale Morrow replaced Leon Hart as assistant coach."
    facts = [f for f in facts_of(text) if f["coach"] == "Dale Morrow"]
    assert {(f["role"], f["event"]) for f in facts} == {("assistant_coach", "appointed")}
