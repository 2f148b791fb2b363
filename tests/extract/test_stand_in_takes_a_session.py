"""A stand-in told by the day's session he takes while the post is open: "Under-19 coach X oversaw Monday's
session", "X took Thursday's session": he leads the first team for now, as when the word is "training"
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Ravensholm Athletic have sacked manager Colin Breck after a run of six defeats. "


def _keys(text: str) -> set[tuple[str, str]]:
    return {(squad, event) for person, _club, squad, event in keys_of(text) if person == "Owen Tarrant"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Under-18 coach Owen Tarrant oversaw Thursday's session and goes back to the academy afterwards.",
        "Owen Tarrant took Wednesday's session before the board met.",
    ],
)
def test_stand_in_takes_the_days_session(sentence: str) -> None:
    assert ("first_team", "in_charge") in _keys(_SACKED + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # no post open: a coach's own session
        "Ravensholm Athletic manager Colin Breck was pleased. Owen Tarrant took Wednesday's session.",
        # a session of another kind
        _SACKED + "Owen Tarrant took a question-and-answer session with supporters.",
        _SACKED + "Owen Tarrant took the press session for the club.",
    ],
)
def test_no_stand_in_for_other_sessions(text: str) -> None:
    assert ("first_team", "in_charge") not in _keys(text)
