"""A stand-in made permanent, told in one sentence ("given the job permanently after a spell as caretaker",
"appointed on a permanent basis, having been interim head coach since August", "first as interim and then as
head coach", "initially as interim manager"), is two appointments: a caretaker's and a head coach's. Told as
a spell held ("in charge since 2016, first as interim"), the stand-in's part is his caretaker's spell. Not
another man's stand-in spell, nor a stand-in's stretch "until a permanent appointment is made" (sentences of
our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

LEAD = "Fulwood Rangers beat Leeds United 2-0 on Saturday. "


def _morrow(text: str) -> set[tuple[str, str]]:
    """(event, role) of Dale Morrow's facts at Fulwood Rangers."""
    facts = facts_of(LEAD + text)
    return {
        (f["event"], f["role"])
        for f in facts
        if (f["coach"], f["club"]) == ("Dale Morrow", "Fulwood Rangers")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dale Morrow was given the job permanently in October after a spell as caretaker.",
        "Dale Morrow was named head coach on a permanent basis in March, having been interim head "
        "coach since Ivan Petrov's contract was not renewed last August.",
        "Dale Morrow had taken over the first team in November, first as interim and then as head coach.",
        "Dale Morrow had succeeded Ivan Petrov, initially as interim manager, when Petrov was sacked.",
    ],
)
def test_two_appointments_a_caretakers_and_a_head_coachs(text: str) -> None:
    assert _morrow(text) >= {("appointed", "caretaker"), ("appointed", "head_coach")}


def test_a_stand_in_told_as_a_spell_held() -> None:
    facts = _morrow(
        "Dale Morrow has been in charge since 2016, first as interim and then permanently from 2018."
    )
    assert facts >= {("in_charge", "caretaker"), ("appointed", "head_coach")}
    assert ("appointed", "caretaker") not in facts


def test_another_mans_stand_in_spell() -> None:
    facts = _morrow(
        "The club appointed Dale Morrow on a permanent basis, ending Ivan Petrov's interim spell."
    )
    assert ("appointed", "head_coach") in facts
    assert ("appointed", "caretaker") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Dale Morrow, the caretaker, has been appointed head coach on a permanent basis.",
        "Interim boss Dale Morrow was named head coach permanently on Monday.",
    ],
)
def test_a_stand_in_titled_so_is_no_second_appointment(text: str) -> None:
    assert ("appointed", "caretaker") not in _morrow(text)


def test_a_stand_in_until_a_permanent_appointment() -> None:
    facts = _morrow("Dale Morrow will take interim charge until a permanent appointment is made.")
    assert ("appointed", "caretaker") in facts
    assert ("appointed", "head_coach") not in facts


def test_the_stand_in_appointment_is_not_dated_by_the_news_day() -> None:
    """His first appointment came before the news the article tells: the text gives it no date."""
    news = "Fulwood Rangers have sacked head coach Ivan Petrov. "
    made_permanent = "Dale Morrow was given the job permanently in October after a spell as caretaker."
    facts = facts_of(news + made_permanent)
    (stand_in,) = [f for f in facts if f["coach"] == "Dale Morrow" and f["role"] == "caretaker"]
    assert stand_in["event"] == "appointed"
    assert stand_in["date"] is None
