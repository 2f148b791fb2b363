"""A story whose headline names one side of a country ("Japan U-23 coach … steps down"): a backroom man the
text names no squad for is that side's staff whether he stays or leaves ("goalkeeping coach X will also
leave" leaves the U-23 staff, and his title is no spell of its own beside it). A squad the sentence names
("Senior team goalkeeping coach") or a head coach told in passing keeps his own."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import facts_of

_TITLE = "Japan U-23 coach Tanaka steps down"
_BODY = "Kenji Tanaka has stepped down after the Asian Games, the Japan Football Association said on Monday. "


def _posts(sentence: str) -> set[tuple[str, str, str]]:
    found = facts_of(_BODY + sentence, title=_TITLE)
    return {(f["squad"], f["role"], f["event"]) for f in found if f["coach"] == "Hiro Sato"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Goalkeeping coach Hiro Sato will also leave.", "goalkeeping_coach"),
        ("Fitness coach Hiro Sato also leaves.", "fitness_coach"),
    ],
)
def test_staff_leaving_leave_the_headline_side(sentence: str, role: str) -> None:
    assert _posts(sentence) == {("national_u23", role, "left")}


def test_staff_staying_stay_with_the_headline_side() -> None:
    staying = _posts("Goalkeeping coach Hiro Sato stays on.")
    assert staying == {("national_u23", "goalkeeping_coach", "in_charge")}


def test_a_squad_named_in_the_sentence_is_kept() -> None:
    assert _posts("Senior team goalkeeping coach Hiro Sato will also leave.") == {
        ("national", "goalkeeping_coach", "left")
    }
