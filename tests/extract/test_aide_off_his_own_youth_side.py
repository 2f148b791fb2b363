"""A youth or reserve coach named the new man's aide, with the side he coaches told beside his name: "His
assistant will be X, who was in charge of the reserve team", "Y will be assisted by X, currently coach of the
under-21 team". The side is X's own post (a spell); his appointment is on the new man's staff, at the senior
side the story appoints Y to. Near misses: an aide of a youth coach stays on that youth side's staff."""

from __future__ import annotations

from extract_helpers import keys_of


def test_reserve_coach_named_assistant_joins_the_first_team() -> None:
    text = (
        "Oakfield Rovers have named Piet Lammers as their new head coach. "
        "His assistant will be Tomas Brandt, who was in charge of the reserve team."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "reserve", "appointed") not in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "reserve", "in_charge") in keys


def test_under_19_coach_named_adjunct() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as coach until 2027. "
        "His adjunct will be Tomas Brandt, who was in charge of the under-19s."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "u19", "in_charge") in keys


def test_aide_of_the_youth_coach_stays_with_the_youth_side() -> None:
    text = (
        "Oakfield Rovers have named Piet Lammers as their new under-19 coach. "
        "His assistant will be Tomas Brandt."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "u19", "appointed") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") not in keys
