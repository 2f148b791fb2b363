"""'The board had also talked with X before deciding': the pluperfect of a talk told after the search is a
candidate weighed (linked), as 'had spoken with X' is; 'C talked with X' in the news of the search stays an
approach (offer) (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_SEARCH = "Hibernian sacked Nick Montgomery on Sunday and are searching for a successor. "


def test_a_man_the_board_had_also_talked_with_is_a_candidate():
    found = keys_of(_SEARCH + "The board had also talked with Derek Adams before choosing.")
    assert ("Derek Adams", "Hibernian", "first_team", "linked") in found
    assert ("Derek Adams", "Hibernian", "first_team", "offer") not in found


def test_a_man_the_club_had_talked_to_named_by_his_old_post():
    found = keys_of(_SEARCH + "Hibs had talked to former Ross County manager Derek Adams, reports said.")
    assert ("Derek Adams", "Hibernian", "first_team", "linked") in found


def test_near_miss_the_club_talked_with_him_this_week_is_an_approach():
    found = keys_of(_SEARCH + "The board talked with Derek Adams on Tuesday.")
    assert ("Derek Adams", "Hibernian", "first_team", "offer") in found
