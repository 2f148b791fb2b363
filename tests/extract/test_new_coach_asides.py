"""An aside that calls a man the new coach restates his appointment: 'X, the new C manager, said',
'X, C's new coach,', 'X, the new manager of C', a headline's 'X, new C coach'. Without 'new' the
aside is the post he holds ('X, the C manager, said': in_charge), and a new signing or captain is
no coach."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["event"]) for f in facts_of(text, "2026-06-03")}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Mercer, the new Blackburn Rovers manager, spoke to the press for the first time.",
        "Tom Mercer, Blackburn Rovers' new manager, spoke to the press for the first time.",
        "Tom Mercer, the new manager of Blackburn Rovers, spoke to the press for the first time.",
        "Tom Mercer, the newly appointed Blackburn Rovers head coach, spoke to the press.",
        "Tom Mercer, new Blackburn Rovers coach",
    ],
)
def test_a_new_coach_aside_is_his_appointment(text: str) -> None:
    facts = _facts(text)
    assert ("Tom Mercer", "Blackburn Rovers", "appointed") in facts
    assert ("Tom Mercer", "Blackburn Rovers", "in_charge") not in facts


def test_an_aside_without_new_is_the_post_he_holds() -> None:
    assert _facts("Tom Mercer, the Blackburn Rovers manager, spoke to the press.") == {
        ("Tom Mercer", "Blackburn Rovers", "in_charge")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tom Mercer, the new Blackburn Rovers signing, spoke to the press for the first time.",
        "Tom Mercer, the new Blackburn Rovers captain, spoke to the press for the first time.",
    ],
)
def test_a_new_signing_or_captain_is_no_coach(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Tom Mercer"}
