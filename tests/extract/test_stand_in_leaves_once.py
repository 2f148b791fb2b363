"""A stand-in never given the job leaves it once: 'Ruiz replaces X, who had been in interim charge since
March' read as a head coach's exit, beside 'X goes back to his post as assistant' read as the
stand-in's, is one exit (the stand-in's). A man the story makes the permanent head coach there may leave
twice: once as the stand-in, once as the head coach."""

from __future__ import annotations

from extract_helpers import facts_of


def _exits(text: str, coach: str) -> list[dict]:
    return [f for f in facts_of(text) if f["coach"] == coach and f["event"] in ("left", "dismissed")]


def test_replaced_stand_in_who_returns_to_the_staff_leaves_once():
    text = (
        "Lugo have named Pablo Ruiz as their new coach. Ruiz replaces Hugo Santos, who had been in interim "
        "charge since Mario Vidal was sacked in March. Santos goes back to his post as assistant."
    )
    found = _exits(text, "Hugo Santos")
    assert [(f["club"], f["role"]) for f in found] == [("Lugo", "caretaker")]


def test_stand_in_taken_over_from_then_back_to_the_youth_side_leaves_once():
    text = (
        "Ruiz takes over from Hugo Santos, who led Lugo as caretaker after Mario Vidal resigned in March. "
        "Santos will go back to coaching the club's under-19 side."
    )
    found = [f for f in _exits(text, "Hugo Santos") if f["squad"] == "first_team"]
    assert [f["role"] for f in found] == ["caretaker"]


def test_stand_in_later_made_permanent_leaves_twice():
    """Near miss: the story makes him the permanent head coach between the two exits."""
    text = (
        "Hugo Santos, Lugo's caretaker, goes back to his post as assistant in June 2021. "
        "Lugo appointed Santos as their permanent head coach in May 2022. "
        "Santos left Lugo by mutual consent on Sunday."
    )
    assert sorted(f["role"] for f in _exits(text, "Hugo Santos")) == ["caretaker", "head_coach"]
