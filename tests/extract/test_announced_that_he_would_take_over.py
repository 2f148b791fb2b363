"""A club's announcement that a man would take over ("C confirmed on Tuesday that X would take over on a
two-year deal", "the FA announced in May that X, who led the under-21s, would take over after the
tournament") tells the appointment in reported speech: its "would" is the club's own word, not a
hedge. A condition after the verb ("would take over if the deal is signed") and a "would" with no
announcement before it ("X would take over, according to …", "X would be a fine choice") stay a
rumour (sentences and names of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

_COACH = "Tomas Berglund"
_HEARTS = "Heart of Midlothian"


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (f"{_HEARTS} confirmed on Tuesday that {_COACH} would take over on a two-year deal.", _HEARTS),
        (
            f"{_HEARTS} confirmed that Ivo Marchetti had stepped down, and that {_COACH} would take over.",
            _HEARTS,
        ),
        (
            f"The Scottish FA announced in May that {_COACH}, who led the under-21 side to the final, "
            "would take over as Scotland coach after the tournament.",
            "Scotland",
        ),
    ],
)
def test_announced_that_he_would_take_over(text: str, club: str) -> None:
    events = events_of(text)
    assert (_COACH, club, "appointed") in events
    assert (_COACH, club, "linked") not in events


@pytest.mark.parametrize(
    "text",
    [
        f"{_HEARTS} announced that {_COACH} would take over if the deal is signed.",
        f"{_COACH} would take over at {_HEARTS} next month, several reports claimed.",
    ],
)
def test_would_without_an_announcement_or_with_a_condition_stays_a_rumour(text: str) -> None:
    events = events_of(text)
    assert (_COACH, _HEARTS, "appointed") not in events
