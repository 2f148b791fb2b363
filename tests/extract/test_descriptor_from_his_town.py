"""'The 48-year-old from Leeds arrives from Grimsby Town': the town a descriptor says the man is from is part
of the reference, not a club he left; the 'from' after the verb still tells the club he leaves (sentences of
our own)."""

from __future__ import annotations

from extract_helpers import keys_of

LEAD = "Rovers have appointed Tom Hale as their head coach, the club said on Tuesday. "


def test_the_town_he_is_from_is_no_club_he_left() -> None:
    keys = keys_of(LEAD + "The 48-year-old from Leeds arrives from Grimsby Town, whom he took to promotion.")
    assert ("Tom Hale", "Grimsby Town", "first_team", "left") in keys
    assert ("Tom Hale", "Leeds United", "first_team", "left") not in keys


def test_the_club_after_the_verb_is_still_the_one_he_leaves() -> None:
    keys = keys_of(LEAD + "The 48-year-old arrives from Leeds United after two seasons.")
    assert ("Tom Hale", "Leeds United", "first_team", "left") in keys
