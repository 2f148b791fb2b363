"""A capitalised run closed by Nordic or Brazilian club-form initials ('DFF', 'IF', 'GIK', 'EC') is a
club the reference may not list, never a person (sentences of our own)."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in run_mentions(sentence, None)]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("The Dane spent four seasons at Brøndstrup DFF before moving abroad.", "Brøndstrup DFF"),
        ("She took over Norrviken IK in the winter.", "Norrviken IK"),
        ("Ljungskog GIF confirmed the appointment on Monday.", "Ljungskog GIF"),
        ("He had earlier coached Vale do Sol EC in the state championship.", "Vale do Sol EC"),
        ("The former midfielder now manages Fjellby FF in the second tier.", "Fjellby FF"),
    ],
)
def test_a_name_closed_by_club_initials_is_a_club(sentence: str, club: str) -> None:
    found = _kinds(sentence)
    assert ("C", club) in found
    assert not any(kind == "P" for kind, _ in found)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("He asked Lars Nyberg if he would stay.", "Lars Nyberg"),
        ("Then Lars Nyberg: If we win, we stay up.", "Lars Nyberg"),
        ("Coach Erik Lindqvist praised the young squad.", "Erik Lindqvist"),
    ],
)
def test_names_without_club_initials_stay_people(sentence: str, person: str) -> None:
    assert ("P", person) in _kinds(sentence)
