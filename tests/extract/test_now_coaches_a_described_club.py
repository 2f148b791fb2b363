"""'X now coaches Qatari club C', 'X currently manages Championship side C': the club after the words
that describe it is his post."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = "Lazio have appointed Marco Baroni as head coach. "


def test_now_coaches_a_club_told_with_its_country() -> None:
    keys = keys_of(_STORY + "Maurizio Sarri now coaches Qatari club Al-Sadd.")
    assert ("Maurizio Sarri", "Al-Sadd", "first_team", "in_charge") in keys


def test_currently_manages_a_side_told_with_its_league() -> None:
    keys = keys_of(_STORY + "Maurizio Sarri currently manages Championship side Watford.")
    assert ("Maurizio Sarri", "Watford", "first_team", "in_charge") in keys


def test_descriptor_without_a_club_noun_is_no_post() -> None:
    # near-miss: "coaches Italian players at C" is no club post told by a descriptor
    keys = keys_of(_STORY + "Maurizio Sarri now coaches Italian players at Watford's academy for a week.")
    assert ("Maurizio Sarri", "Watford", "first_team", "in_charge") not in keys


def test_a_player_now_playing_for_a_described_club_is_no_post() -> None:
    # near-miss: a player "now plays for" the club told by a descriptor
    keys = keys_of(_STORY + "Ciro Immobile now plays for Turkish club Besiktas.")
    assert not [k for k in keys if k[0] == "Ciro Immobile"]


def test_now_coaches_a_described_clubs_youth_team() -> None:
    # the squad named after the club is his post, not its first team
    keys = keys_of(_STORY + "Maurizio Sarri now coaches Qatari club Al-Sadd's youth team.")
    assert ("Maurizio Sarri", "Al-Sadd", "youth", "in_charge") in keys
    assert ("Maurizio Sarri", "Al-Sadd", "first_team", "in_charge") not in keys
