"""A sentence opening on 'In <club or its town>' is framed by that club, as one opening on 'At C' or 'For
C' is: 'In Darmstadt he was replaced by Y' is Darmstadt's post, not the club the story told him leaving
last; 'In Zürich, X succeeded Y, dismissed in January' is Zürich's. A country after 'In' is a place, not
its national team."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = "Mainz 05 have appointed Bo Henriksen as head coach. Henriksen, 49, arrives from FC Zürich. "


def test_replaced_in_a_town_is_that_towns_club() -> None:
    keys = keys_of(_STORY + "In Darmstadt he was replaced by Torsten Lieberknecht in 2021.")
    assert ("Torsten Lieberknecht", "SV Darmstadt 98", "first_team", "appointed") in keys
    assert ("Torsten Lieberknecht", "FC Zürich", "first_team", "appointed") not in keys


def test_man_succeeded_in_a_framed_town_left_that_club() -> None:
    keys = keys_of(_STORY + "In Zürich, Henriksen succeeded the Swiss Franco Foda, dismissed in January.")
    assert ("Franco Foda", "FC Zürich", "first_team", "dismissed") in keys
    assert ("Franco Foda", "1. FSV Mainz 05", "first_team", "dismissed") not in keys


def test_candidate_named_in_a_framed_town_is_linked_there() -> None:
    keys = keys_of(
        _STORY + "In Arouca, the name of Franco Foda is pointed as the favourite for the succession."
    )
    assert ("Franco Foda", "Arouca", "first_team", "linked") in keys


def test_country_after_in_is_a_place_not_the_national_team() -> None:
    # near-miss: "In Germany" frames nothing; the man replaced left the story's club
    keys = keys_of(
        "Mainz 05 have appointed Bo Henriksen as head coach. In Germany, he replaces Franco Foda, who was "
        "sacked on Sunday."
    )
    assert ("Franco Foda", "1. FSV Mainz 05", "first_team", "dismissed") in keys
    assert not any(club == "Germany" for _coach, club, _squad, _event in keys)
