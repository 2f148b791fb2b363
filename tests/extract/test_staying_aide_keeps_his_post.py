"""An aide listed with a new man's staff whose own clause says he stays where he is ("…, and by goalkeeping
coach B, who remains in office", "…, while goalkeeping coach B stays at the club", "B, who is kept") keeps the
post he holds: a spell at the club, not an arrival. Near misses: an aide who stays on in another post ("stays
on as assistant manager") and one the sentence puts in charge of the team meanwhile keep their arrival."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new head coach on a two-year deal. "


def test_aide_who_remains_in_office_holds_his_post() -> None:
    text = _LEAD + (
        "He will be supported by assistant Tomas Brandt, who arrives from Harwich Town, and by goalkeeping "
        "coach Emil Sorensen, who remains in office."
    )
    keys = keys_of(text)
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "in_charge") in keys
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "appointed") not in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys


def test_aide_who_stays_at_the_club_holds_his_post() -> None:
    text = (
        _LEAD
        + "He brings with him assistant Tomas Brandt, while goalkeeping coach Emil Sorensen stays at the "
        + "club."
    )
    keys = keys_of(text)
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "in_charge") in keys
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "appointed") not in keys


def test_aide_who_is_kept_holds_his_post() -> None:
    text = _LEAD + (
        "He will be seconded by Tomas Brandt, who arrives from the under-19s, and by the goalkeeping coach "
        "Emil Sorensen, who is kept."
    )
    keys = keys_of(text)
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "appointed") not in keys


def test_aide_staying_in_another_post_still_arrives_in_it() -> None:
    text = _LEAD + (
        "He will be supported by goalkeeping coach Emil Sorensen, who stays on as assistant manager, and by "
        "fitness coach Rui Calado."
    )
    keys = keys_of(text)
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "in_charge") not in keys


def test_aide_taking_charge_meanwhile_is_no_mere_stay() -> None:
    text = (
        "Oakfield Rovers have sacked Piet Lammers after a run of six defeats. Goalkeeping coach Emil "
        "Sorensen, who remains in office, will take interim charge of the team until a successor is found."
    )
    assert ("Emil Sorensen", "Oakfield Rovers", "first_team", "appointed") in keys_of(text)
