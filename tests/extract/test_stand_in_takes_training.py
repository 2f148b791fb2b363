"""A stand-in told by the sessions he takes while the post is open: "Under-23 coach X took Friday's training",
"the training was directed by the coach of the B team, X", "X was in charge of training on Monday", "X
oversaw Thursday's session": he leads the first team for now (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Getafe have dismissed head coach Hugo Marin after eight games without a win. "


def _keys(text: str) -> set[tuple[str, str]]:
    return {(squad, event) for person, _club, squad, event in keys_of(text) if person == "Iker Lasa"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Under-23 coach Iker Lasa took Friday's training.",
        "Iker Lasa was in charge of training on Monday.",
        "On Tuesday the training was directed by the coach of the B team, Iker Lasa, as interim.",
        # the day's training told by its session
        "Under-18 coach Iker Lasa oversaw Thursday's session and goes back to the academy afterwards.",
        "Iker Lasa took Wednesday's session before the board met.",
    ],
)
def test_stand_in_takes_the_sessions(sentence: str) -> None:
    assert ("first_team", "in_charge") in _keys(_SACKED + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # no post open: a coach's own sessions
        "Getafe head coach Hugo Marin praised his squad. Iker Lasa took Friday's training.",
        # a day covered while the club makes its appointment
        _SACKED + "Iker Lasa took training on Friday while the board finalised the new appointment.",
        # a training ground, not the sessions
        _SACKED + "Iker Lasa took the training ground tour with the new signings.",
        # sessions of another kind
        _SACKED + "Iker Lasa took a question-and-answer session with supporters.",
        _SACKED + "Iker Lasa took the press session for the club.",
    ],
)
def test_no_stand_in_for_a_coach_an_aide_or_a_ground(text: str) -> None:
    assert ("first_team", "in_charge") not in _keys(text)
