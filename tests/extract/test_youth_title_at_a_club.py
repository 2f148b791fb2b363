"""A man set off by a youth title held at a club: "X, a former youth coach at C" is his spell with C's youth
teams, not its first team (as "was youth coach of C" is read by the career rules). Near misses: a bare
"coach at C" stays the first team's, and the post he joins in the same sentence keeps the story's side."""

from __future__ import annotations

from extract_helpers import keys_of

_NEW_AIDE = (
    "Oakfield Rovers have named Piet Lammers their new manager. Tomas Brandt, a former youth coach at "
    "Harwich Town, comes in as his number two."
)


def test_youth_title_in_the_aside_is_the_youth_teams_post() -> None:
    keys = keys_of(_NEW_AIDE)
    assert ("Tomas Brandt", "Harwich Town", "youth", "in_charge") in keys
    assert ("Tomas Brandt", "Harwich Town", "first_team", "in_charge") not in keys


def test_post_he_joins_stays_the_senior_one() -> None:
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys_of(_NEW_AIDE)


def test_youth_trainer_of_a_club() -> None:
    text = (
        "Oakfield Rovers have named Piet Lammers their new manager. His assistant is Tomas Brandt, the "
        "youth trainer of Harwich Town."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Harwich Town", "youth", "in_charge") in keys


def test_bare_coach_title_stays_the_first_team() -> None:
    text = (
        "Oakfield Rovers have named Piet Lammers their new manager. Tomas Brandt, a former coach at Harwich "
        "Town, comes in as his number two."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Harwich Town", "first_team", "in_charge") in keys
    assert ("Tomas Brandt", "Harwich Town", "youth", "in_charge") not in keys
