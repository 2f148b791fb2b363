"""A new coach bringing an aide whose name is apposed to his title: "brings his own fitness coach, A.",
"will bring his long-time goalkeeping coach, B, who leaves C to join him": the aide arrives (appointed, with
the title's role), he is not only in post. Near misses: a list of two names after one title keeps its
default role, and an aide named beside a past post brought nobody."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Kalmar FF have appointed Jonas Berg as head coach on a two-year deal. "


@pytest.mark.parametrize(
    ("sentence", "aide", "role"),
    [
        ("Berg brings his own fitness coach, Emil Roos.", "Emil Roos", "fitness_coach"),
        (
            "He will bring his long-time goalkeeping coach, Nils Falk, who leaves Östers IF to join him.",
            "Nils Falk",
            "goalkeeping_coach",
        ),
    ],
)
def test_brought_aide_apposed_to_his_title(sentence: str, aide: str, role: str) -> None:
    facts = [f for f in facts_of(_LEAD + sentence) if f["coach"] == aide and f["club"] == "Kalmar FF"]
    assert [(f["event"], f["role"]) for f in facts] == [("appointed", role)]


def test_a_title_before_a_list_keeps_the_later_names_default_role() -> None:
    """Near miss: 'goalkeeping coach A, B' is a list, not B apposed to the title."""
    facts = facts_of(_LEAD + "Berg brings goalkeeping coach Nils Falk, Emil Roos and Olle Ek with him.")
    roles = {f["coach"]: f["role"] for f in facts if f["event"] == "appointed"}
    assert roles.get("Emil Roos") != "goalkeeping_coach"


def test_an_apposed_aide_of_a_past_post_is_not_brought() -> None:
    """Near miss: 'worked with his fitness coach, A, at C' brings nobody."""
    facts = facts_of(_LEAD + "At Östers IF he worked with his own fitness coach, Emil Roos.")
    assert not any(f["coach"] == "Emil Roos" and f["event"] == "appointed" for f in facts)
