"""An aide's club title owned by the boss who takes him along tells the post they held together there, a
spell, not a post he now leaves: 'He arrives with his Burnley assistant Kell Orrin' gives Orrin's spell at
Burnley as assistant (not left). A club title of his own ('have also hired Burnley assistant Kell Orrin')
still reads as a post he leaves."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Leyton Orient have hired Piet Vandersloot as their new manager. "


def test_boss_owned_title_is_a_spell() -> None:
    keys = keys_of(_NEWS + "He arrives with his Burnley assistant Kell Orrin.")
    assert ("Kell Orrin", "Burnley", "first_team", "in_charge") in keys
    assert ("Kell Orrin", "Burnley", "first_team", "left") not in keys


def test_boss_owned_title_brought_with_him() -> None:
    keys = keys_of(_NEWS + "The manager brings with him his Wales assistant Kell Orrin.")
    assert ("Kell Orrin", "Wales", "national", "in_charge") in keys
    assert ("Kell Orrin", "Wales", "national", "left") not in keys


def test_own_club_title_still_left() -> None:
    keys = keys_of(_NEWS + "Leyton Orient have also hired Burnley assistant Kell Orrin as his number two.")
    assert ("Kell Orrin", "Leyton Orient", "first_team", "appointed") in keys
    assert ("Kell Orrin", "Burnley", "first_team", "left") in keys
