"""Candidates a club weighed, told after the fact in more wordings: 'the board had also evaluated the profile
of X', translated 'the federation had evaluated also X', 'C had also interviewed former Wales defender X',
'the club is also said to have asked about X' (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_OPEN = "Hibernian sacked Nick Montgomery on Sunday and are searching for a successor. "


def test_the_profile_of_a_man_evaluated():
    found = keys_of(_OPEN + "The board had also evaluated the profile of Derek Adams.")
    assert ("Derek Adams", "Hibernian", "first_team", "linked") in found


def test_a_man_evaluated_also_in_translated_word_order():
    found = keys_of(_OPEN + "The board had evaluated also the former Wales forward Craig Bellamy.")
    assert ("Craig Bellamy", "Hibernian", "first_team", "linked") in found


def test_a_man_interviewed_named_by_his_playing_past():
    found = keys_of(_OPEN + "Hibs had also interviewed former Wales defender Craig Bellamy, sources said.")
    assert ("Craig Bellamy", "Hibernian", "first_team", "linked") in found


def test_a_man_the_club_is_said_to_have_asked_about():
    found = keys_of(_OPEN + "The club is also said to have asked about Derek Adams.")
    assert ("Derek Adams", "Hibernian", "first_team", "offer") in found


def test_near_miss_a_player_evaluated_in_training_is_no_candidate():
    found = keys_of(_OPEN + "The medical staff had evaluated also midfielder Josh Campbell on Monday.")
    assert not any(coach == "Josh Campbell" for coach, _, _, _ in found)


def test_near_miss_no_post_to_fill_no_candidate():
    found = keys_of("Hibernian won 2-0 on Sunday. The club is also said to have asked about Derek Adams.")
    assert not any(coach == "Derek Adams" for coach, _, _, _ in found)
