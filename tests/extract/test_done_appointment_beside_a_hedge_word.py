"""An appointment told as done stays an appointment when a hedge word nearby belongs to something else: an
aside closed before the verb ("C, the newcomers set to enter the league in 2025, named X", "X, the
favourite for weeks, has been appointed") tells of the club or the man, not of the move; "C have chosen /
picked X to replace Y" tells the club's choice, made, not a headline's future. The hedge of the main
clause ("are expected to name X, the former D boss, as …", "could choose X to replace Y") still makes a
rumour (sentences and names of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

_CLUB = "Harbour City FC"
_COACH = "Tomas Berglund"


@pytest.mark.parametrize(
    "text",
    [
        f"{_CLUB}, the newcomers set to enter the league in 2025, on Friday named {_COACH} as manager.",
        f"{_COACH}, the favourite for the post for several weeks, has been appointed head coach of {_CLUB}.",
        f"{_CLUB}, who had been considering four candidates, have appointed {_COACH} as head coach.",
        f"{_CLUB} have chosen {_COACH} to replace Ivo Marchetti, who left by mutual consent in May.",
        f"The {_CLUB} board picked {_COACH} to succeed Ivo Marchetti at the end of the season.",
    ],
)
def test_done_appointment_beside_a_hedge_word(text: str) -> None:
    assert (_COACH, _CLUB, "appointed") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the main clause's own hedge, with an aside after the man
        f"{_CLUB} are expected to name {_COACH}, the former Lakeside boss, as their new head coach.",
        # a hedge before the choice
        f"{_CLUB} could choose {_COACH} to replace Ivo Marchetti in the summer.",
        # the verb inside the aside, which stays hedged
        f"{_CLUB}, who could appoint {_COACH}, drew 1-1 with Lakeside on Saturday.",
        # an aside that does not close before the verb keeps its hedge
        f"{_CLUB} may, if terms are agreed, appoint {_COACH} next week.",
    ],
)
def test_hedged_main_clause_stays_a_rumour(text: str) -> None:
    events = events_of(text)
    assert (_COACH, _CLUB, "appointed") not in events
    assert (_COACH, _CLUB, "linked") in events
