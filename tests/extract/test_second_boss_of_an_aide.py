"""An aide's two bosses in one sentence: "X was assistant to Y at A and to Z at B", "… to Y at A and Z at
B". Each boss coached the club named after him, and the aide held a post at both; a man after "and" with
a verb of his own is no second boss (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Hearts have appointed Tom Reid as manager. "


@pytest.mark.parametrize(
    "career",
    [
        "Reid was assistant to Neil Warnock at Cardiff and to Steve Bruce at Sheffield Wednesday.",
        "He was also assistant to Neil Warnock at Cardiff and Steve Bruce at Sheffield Wednesday.",
        "Reid had been the number two of Neil Warnock at Cardiff and Leeds, and then of Steve Bruce at "
        "Sheffield Wednesday.",
        "Reid worked as an assistant under Neil Warnock at Cardiff and later under Steve Bruce at Sheffield "
        "Wednesday.",
        # the second boss's clubs end the clause before a date or the next step
        "Reid was assistant to Neil Warnock at Cardiff and Steve Bruce at Sheffield Wednesday in 2016.",
        "Reid was assistant to Neil Warnock at Cardiff and to Steve Bruce at Sheffield Wednesday before "
        "taking his first job.",
    ],
)
def test_each_boss_coached_his_club_and_the_aide_was_there(career: str) -> None:
    facts = {(f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(_LEAD + career)}
    assert ("Neil Warnock", "Cardiff City", "head_coach", "in_charge") in facts
    assert ("Steve Bruce", "Sheffield Wednesday", "head_coach", "in_charge") in facts
    assert ("Tom Reid", "Sheffield Wednesday", "assistant_coach", "in_charge") in facts
    assert not any(f[0] == "Tom Reid" and f[2] == "head_coach" and f[3] == "in_charge" for f in facts)


@pytest.mark.parametrize(
    "other",
    [
        # a man with a verb of his own after "and": no second boss
        "Reid was assistant to Neil Warnock at Cardiff and Steve Bruce scored for Sheffield Wednesday.",
        # the second man is a player the aide coached, told with "with"
        "Reid was assistant to Neil Warnock at Cardiff and worked with Steve Bruce at Sheffield Wednesday.",
        # the second man and his club open a clause of their own: he was the aide's captain, not his boss
        "Reid was assistant to Neil Warnock at Cardiff and Steve Bruce at Sheffield Wednesday was his "
        "captain.",
        "Reid was assistant to Neil Warnock at Cardiff and Steve Bruce at Sheffield Wednesday had been his "
        "mentor.",
    ],
)
def test_no_second_boss(other: str) -> None:
    facts = {(f["coach"], f["club"], f["event"]) for f in facts_of(_LEAD + other)}
    assert ("Steve Bruce", "Sheffield Wednesday", "in_charge") not in facts
