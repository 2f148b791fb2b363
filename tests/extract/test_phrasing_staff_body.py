"""Joining or serving on a coach's staff, told in translated words: 'the auxiliary X also integrates the
new technical commission', 'in the staff of Y will enter also X', 'X is working as assistant coach'."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _of(text: str, name: str) -> set[tuple[str, str, str, str]]:
    return {(f["club"], f["squad"], f["event"], f["role"]) for f in facts_of(text) if f["coach"] == name}


@pytest.mark.parametrize(
    "text",
    [
        "Portugal presented Roberto Martinez as coach. The auxiliary Anthony Barry, old partner of Martinez, "
        "also integrates the new technical commission.",
        "Portugal presented Roberto Martinez as coach. Anthony Barry joins the coaching staff.",
        "Portugal presented Roberto Martinez as coach. In the staff of Martinez will enter also Anthony "
        "Barry, with the role of technical collaborator.",
    ],
)
def test_joins_the_staff(text):
    assert _of(text, "Anthony Barry") == {("Portugal", "national", "appointed", "assistant_coach")}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Fenerbahce extended the contract of Jose Mourinho. His staff, in which the former captain "
            "Volkan Demirel is working as assistant coach, stays.",
            "assistant_coach",
        ),
        (
            "Fenerbahce extended the contract of Jose Mourinho. Volkan Demirel, who serves as goalkeeping "
            "coach, stays too.",
            "goalkeeping_coach",
        ),
    ],
)
def test_working_as_aide(text, role):
    assert ("Fenerbahçe", "first_team", "in_charge", role) in _of(text, "Volkan Demirel")


def test_working_as_aide_elsewhere_is_not_the_club_in_view():
    text = (
        "Fenerbahce extended the contract of Jose Mourinho. Volkan Demirel is working as assistant coach at "
        "Hatayspor."
    )
    assert ("Fenerbahçe", "first_team", "in_charge", "assistant_coach") not in _of(text, "Volkan Demirel")


def test_brought_as_plural_title():
    text = (
        "VfB Stuttgart have named Sebastian Hoeness as head coach. The 41-year-old took Michael Kammermeyer "
        "and Tobias Schwarz with him as his goalkeeping coaches."
    )
    assert _of(text, "Tobias Schwarz") == {("VfB Stuttgart", "first_team", "appointed", "goalkeeping_coach")}
