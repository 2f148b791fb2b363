"""A hope or a wish told in a participle aside closed before the verb ("X left, hoping to coach the
national team, but the federation chose Y", "C, hoping to avoid relegation, have appointed Y") is the
aside's subject's, not a hedge of the appointment after it. What the press says ("C, according to
reports, have appointed Y") and a hedge outside the aside ("C, having met four candidates, could appoint
Y") still make a rumour (sentences and names of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

_COACH = "Jan Nowicki"
_HEARTS = "Heart of Midlothian"


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Marek Wolny stepped down after the tournament, hoping to become Poland coach, "
            f"but the federation chose {_COACH}.",
            "Poland",
        ),
        (f"{_HEARTS}, hoping to avoid relegation, have appointed {_COACH} as head coach.", _HEARTS),
        (f"{_HEARTS}, having considered four candidates, have appointed {_COACH} as head coach.", _HEARTS),
    ],
)
def test_appointment_after_a_participle_aside(text: str, club: str) -> None:
    assert (_COACH, club, "appointed") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{_HEARTS}, according to reports, have appointed {_COACH} as head coach.",
        f"{_HEARTS}, having interviewed four candidates, could appoint {_COACH} this week.",
    ],
)
def test_press_or_main_clause_hedge_stays_a_rumour(text: str) -> None:
    events = events_of(text)
    assert (_COACH, _HEARTS, "appointed") not in events
    assert (_COACH, _HEARTS, "linked") in events
