"""'Assistants A and B remain in the staff of the reserve', 'goalkeeping coach C stays in the U21 staff':
aides kept on at the squad whose staff the words name, not the squad the story last told a change at
(written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = (
    "Gary Lyle will coach Hearts B for the rest of the season. "
    "The Under-19s will be led by his assistant Tom Hale until a permanent solution is found. "
)


def test_titled_aides_who_remain_in_the_staff_of_the_reserve():
    found = keys_of(
        _LEAD + "Assistant Ian Roe and goalkeeping coach Dan Kerr remain in the staff of the reserve."
    )
    assert ("Dan Kerr", "Heart of Midlothian", "reserve", "in_charge") in found
    assert ("Ian Roe", "Heart of Midlothian", "reserve", "in_charge") in found


def test_aides_who_stay_with_no_squad_named_stay_where_the_story_is():
    found = keys_of(_LEAD + "Assistant Ian Roe and goalkeeping coach Dan Kerr remain.")
    assert ("Dan Kerr", "Heart of Midlothian", "reserve", "in_charge") not in found
