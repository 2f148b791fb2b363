"""'His assistants A and B arrive with him, and goalkeeping coach C stays': staff told in the present are
the news again after a sentence that followed the new coach to an earlier club, so they are the story
club's staff (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

LEAD = (
    "Rotherham United have appointed Piet Ondrusek as head coach. "
    "Ondrusek coached Panathinaikos from 2015 to 2018 and won the Greek Cup. "
)


def test_aides_arriving_with_him_join_the_story_club() -> None:
    keys = keys_of(LEAD + "His assistants Tomas Brel and Ivo Stanek arrive with him.")
    assert ("Tomas Brel", "Rotherham United", "first_team", "appointed") in keys
    assert not any(k[0] == "Tomas Brel" and k[1] == "Panathinaikos" for k in keys)


def test_an_aide_who_stays_is_the_story_clubs() -> None:
    keys = keys_of(LEAD + "The goalkeeping coach Lars Moen stays.")
    assert ("Lars Moen", "Rotherham United", "first_team", "in_charge") in keys
    assert not any(k[0] == "Lars Moen" and k[1] == "Panathinaikos" for k in keys)


def test_an_aide_of_the_earlier_club_told_in_the_past_stays_there() -> None:
    # near-miss: told in the past, the aide is part of the earlier spell the sentence before followed
    keys = keys_of(LEAD + "There he worked with the goalkeeping coach Lars Moen.")
    assert ("Lars Moen", "Rotherham United", "first_team", "in_charge") not in keys
