"""Review 18 finding 14 (f326a64): a spell told by its two years with a stand-in's title after them ("was in
charge between 2014 and 2015 as interim") is a caretaker's; without that title it stays the head coach's
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _platt(text: str) -> set[tuple[str, str]]:
    return {(f["role"], f["event"]) for f in facts_of(text) if f["coach"] == "Sam Platt"}


@pytest.mark.parametrize(
    "text",
    [
        "Tranmere Rovers have hired Rob Keane. Sam Platt was in charge between 2016 and 2017 as interim.",
        "Tranmere Rovers have hired Rob Keane. Sam Platt had been in charge from 2016 to 2017 as caretaker.",
    ],
)
def test_a_spell_between_two_years_as_interim_is_a_caretakers(text: str) -> None:
    assert _platt(text) == {("caretaker", "in_charge")}


def test_a_spell_between_two_years_without_a_stand_ins_title_is_the_head_coachs() -> None:
    text = "Tranmere Rovers have hired Rob Keane. Sam Platt was in charge between 2016 and 2017."
    assert _platt(text) == {("head_coach", "in_charge")}
