"""'X had taken charge in 2022, coming from the reserve side he coached, to replace Y': the man whose
arrival is told by his taking charge replaced Y, who has gone from the post; a captain's armband taken
over is no such post (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import events_of

_LEAD = "Fulham have sacked Tom Harlow.\n\n"


def test_taken_charge_with_an_aside_before_to_replace():
    text = (
        _LEAD
        + "Harlow had taken charge in 2022, coming from the reserve side he coached, to replace Ivo Kestrel."
    )
    assert ("Ivo Kestrel", "Fulham", "left") in events_of(text)


def test_took_over_with_an_aside_before_to_replace():
    text = (
        _LEAD + "Harlow took over in 2021, leaving the academy where he had worked, to replace Ivo Kestrel."
    )
    assert ("Ivo Kestrel", "Fulham", "left") in events_of(text)


def test_the_captaincy_taken_over_stays_unread():
    text = (
        _LEAD
        + "Harlow had taken over the captaincy in 2019, after two years in the team, to replace Ivo Kestrel."
    )
    assert ("Ivo Kestrel", "Fulham", "left") not in events_of(text)
