"""A later spell told as such ("had a second spell at C", "enjoyed a third stint with C") is an event of its
own beside his first spell there, told elsewhere in the story: both are kept."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str, club: str) -> int:
    return sum(1 for f in facts_of(text) if (f["coach"], f["club"], f["event"]) == (coach, club, "in_charge"))


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Bert Hollis has died aged 84. Hollis began his managerial career at Leyton Orient in "
            "1979. He later coached Wales, had a second spell at Leyton Orient and also worked at "
            "Gillingham.",
            "Bert Hollis",
            "Leyton Orient",
        ),
        (
            "Harry Redknapp turns 78 today. He first managed Portsmouth in 2002. He later coached Tottenham "
            "and enjoyed a second stint with Portsmouth.",
            "Harry Redknapp",
            "Portsmouth",
        ),
    ],
)
def test_later_spell_kept_beside_the_first(text, coach, club):
    assert _spells(text, coach, club) == 2


def test_a_return_is_no_later_spell_told_twice():
    # the spell he starts now: his appointment, not a second past spell beside the first
    text = (
        "Hearts have appointed Robbie Neilson, who returns for a second spell at the club. Neilson first "
        "managed Hearts in 2014."
    )
    assert _spells(text, "Robbie Neilson", "Heart of Midlothian") <= 1
