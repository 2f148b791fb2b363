"""'named X as its new national coach for the U21 national team': the story is the under-21s', so
the man he replaces left that squad, not the senior side (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "The Danish FA has named Mads Holm as its new national coach for the U21 national team. "


def test_the_man_replaced_leaves_the_age_group_the_lead_names():
    next_line = "The 45-year-old takes over after Jens Lund, who has left to become head coach of AGF."
    found = keys_of(_LEAD + next_line)
    assert ("Jens Lund", "Denmark", "national_u21", "left") in found
    assert ("Jens Lund", "Denmark", "national", "left") not in found


def test_a_senior_appointment_keeps_the_senior_side_in_view():
    text = (
        "The Danish FA has appointed Mads Holm as new national coach. "
        "The 45-year-old takes over after Jens Lund, who has left to become head coach of AGF."
    )
    assert ("Jens Lund", "Denmark", "national", "left") in keys_of(text)
