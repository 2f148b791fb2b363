"""A coach back at a club for a second spell: the first spell, told with 'first' or 'originally' ('who
first coached the club from 2009 to 2013', 'having first managed Pompey from 2015'), is a spell of its
own beside the new appointment. Playing days told the same way are none. Written for these tests in
our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_BACK = "Portsmouth have appointed Dario Conte as manager for a second time. "


def _first_spell(sentence: str) -> dict | None:
    return next(
        (
            f
            for f in facts_of(_BACK + sentence, "2024-11-20")
            if (f["coach"], f["club"], f["event"]) == ("Dario Conte", "Portsmouth", "in_charge")
        ),
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Conte, who first coached the club from 2009 to 2013, replaces the sacked Ian Marsh.", "2009-01-01"),
        ("Conte is back at Fratton Park, having first managed Pompey from 2015 to 2019.", "2015-01-01"),
        ("Conte, who originally managed the club between 2016 and 2018, signed a deal.", "2016-01-01"),
    ],
)
def test_first_spell_of_a_coach_back_at_the_club(sentence: str, date: str) -> None:
    fact = _first_spell(sentence)
    assert fact is not None
    assert fact["date"] == date


def test_first_playing_spell_is_no_coaching_spell() -> None:
    assert _first_spell("Conte, who first played for the club from 2001 to 2004, signed a deal.") is None
