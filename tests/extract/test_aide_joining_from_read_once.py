"""'Y will be assisted by X, who joins from C' is one arrival: the aide's appointment at the club in view. The
move from C read alone gives no head coach's appointment beside it; a step up told apart with its own title
('… and handed him the top job') still is one, and so is the arrival of a man given no aide's title."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _appointments(text: str, name: str) -> set[str]:
    return {f["role"] for f in facts_of(text) if f["coach"] == name and f["event"] == "appointed"}


@pytest.mark.parametrize(
    "text",
    [
        "Hartlepool United have appointed Dean Markham as head coach. Markham will be assisted by Ollie "
        "Brennan, who joins from Sunderland's academy.",
        "Hartlepool United have appointed Dean Markham as head coach. Markham will be assisted by Ollie "
        "Brennan, who joins from the youth academy, where he ran the under-16s.",
    ],
)
def test_aide_joining_from_is_only_an_aide(text):
    assert _appointments(text, "Ollie Brennan") == {"assistant_coach"}


def test_a_step_up_with_its_own_title_is_still_read():
    text = (
        "Hartlepool United have sacked Dean Markham. The club brought Ollie Brennan in as Markham's "
        "first-team coach in August and handed him the top job on Monday."
    )
    assert _appointments(text, "Ollie Brennan") == {"assistant_coach", "head_coach"}


def test_an_arrival_with_no_aides_title_is_still_read():
    text = (
        "Hartlepool United have a new manager: Ollie Brennan, who joins from Sunderland, signed a "
        "two-year deal."
    )
    assert "head_coach" in _appointments(text, "Ollie Brennan")
