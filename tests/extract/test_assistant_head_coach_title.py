"""'Assistant head coach X' is an aide's title: the 'head coach' inside it names no head coach's post, so
the man leaving with his boss gets his exit only, and a man on the staff a spell as an assistant."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Dover Athletic have sacked manager Tom Reid after a poor run. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Assistant head coach Kevin Marsh also leaves.",
        "Assistant head coach Kevin Marsh, who arrived with Reid, has also left the club.",
    ],
)
def test_an_assistant_head_coach_leaving_has_no_spell_of_his_own(sentence: str) -> None:
    facts = [f for f in facts_of(_SACKED + sentence) if f["coach"] == "Kevin Marsh"]
    assert [(f["event"], f["role"]) for f in facts] == [("left", "assistant_coach")]


def test_an_assistant_head_coach_on_the_staff_is_an_assistant() -> None:
    text = "Dover Athletic have appointed Tom Reid as manager. He works with assistant head coach Ian Moss."
    facts = [f for f in facts_of(text) if f["coach"] == "Ian Moss"]
    assert [(f["event"], f["role"]) for f in facts] == [("in_charge", "assistant_coach")]


# near-misses: the bare "head coach" before a name, and a head coach whose assistant the sentence names
@pytest.mark.parametrize(
    ("text", "coach"),
    [
        ("Dover Athletic head coach Kevin Marsh watched from the stands on Saturday.", "Kevin Marsh"),
        ("Dover Athletic's assistant Lee Dunn praised head coach Kevin Marsh after the win.", "Kevin Marsh"),
    ],
)
def test_a_head_coach_title_still_reads_a_head_coach(text: str, coach: str) -> None:
    facts = [f for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge"]
    assert [f["role"] for f in facts] == ["head_coach"]
