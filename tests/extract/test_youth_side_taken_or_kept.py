"""'X takes the under-23s, while Y moves to the under-18s', 'Z keeps the U17', 'W continues at the
head of the U20': a reshuffle of a club's or a federation's youth sides told by the bare verb; a
senior side taken for a few games, a player's captaincy and an aside's past side are no such post
(written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_CLUB_LEAD = "Bristol City have reshuffled their academy staff ahead of the new season. "
_FEDERATION_LEAD = "The Welsh federation named its youth coaches for the new cycle on Friday. "


def test_a_club_hands_its_youth_sides_to_two_coaches():
    found = keys_of(_CLUB_LEAD + "Owen Harker takes the under-21s, while Dean Pollard moves to the U18.")
    assert ("Owen Harker", "Bristol City", "u21", "appointed") in found
    assert ("Dean Pollard", "Bristol City", "u18", "appointed") in found


def test_a_coach_who_will_take_a_side_next_season():
    found = keys_of(_CLUB_LEAD + "Owen Harker will take the U23 from July.")
    assert ("Owen Harker", "Bristol City", "u23", "appointed") in found


def test_a_federation_keeps_one_coach_and_hands_another_a_side():
    found = keys_of(_FEDERATION_LEAD + "Gareth Price takes the U19, and Rhys Owen keeps the U17.")
    assert ("Gareth Price", "Wales", "national_u19", "appointed") in found
    assert ("Rhys Owen", "Wales", "national_u17", "in_charge") in found
    found = keys_of(_FEDERATION_LEAD + "Rhys Owen continues at the head of the U20.")
    assert ("Rhys Owen", "Wales", "national_u20", "in_charge") in found


def test_the_senior_side_taken_for_some_games_is_no_youth_post():
    found = keys_of(
        "Bristol City sacked their manager on Sunday. Under-18 coach Owen Harker will take the first team "
        "for the two friendlies."
    )
    assert ("Owen Harker", "Bristol City", "u18", "left") not in found


def test_a_players_captaincy_or_a_move_of_a_player_is_no_post():
    found = keys_of(_CLUB_LEAD + "Midfielder Owen Harker keeps the under-21s captaincy.")
    assert not {k for k in found if k[0] == "Owen Harker"}
    found = keys_of(_CLUB_LEAD + "Owen Harker took the first team to the cup final in 2019.")
    assert ("Owen Harker", "Bristol City", "first_team", "appointed") not in found
