"""An aide's post told through his boss with 'here', the reporter's own club, stands though the sentence
names another club after it: 'Hale was Ivo Lind's assistant here for five years, then followed Mark Rees to
Everton' gives Hale's spell as assistant, and Lind's as head coach, at the club in view; without 'here',
whose post it was stays unclear and neither is read at the club in view."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Burnley have dismissed Tom Hale after two seasons in charge. "
_LATER = ", then followed Mark Rees to Everton."


def test_aide_and_boss_at_the_club_in_view_told_here() -> None:
    keys = keys_of(_NEWS + "Hale was Ivo Lind's assistant here for five years" + _LATER)
    assert ("Tom Hale", "Burnley", "first_team", "in_charge") in keys
    assert ("Ivo Lind", "Burnley", "first_team", "in_charge") in keys


def test_no_post_at_the_club_in_view_without_here() -> None:
    keys = keys_of(_NEWS + "Hale was Ivo Lind's assistant for five years" + _LATER)
    assert ("Ivo Lind", "Burnley", "first_team", "in_charge") not in keys
