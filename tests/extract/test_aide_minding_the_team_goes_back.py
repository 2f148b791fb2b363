"""'After the sacking the squad has been led by assistant X, who returns to his post': the club's own aide
named by his title as the man who minded the team is a stand-in, and his going back ends that spell
(written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_NEWS = "Harbridge Town have named Piet Molenaar as their new head coach. "


def test_an_aide_who_minded_the_team_and_returns_to_his_post_leaves_the_spell():
    told = "After the sacking the squad has been led by assistant Ruben Staal, who returns to his post."
    keys = keys_of(_NEWS + told)
    assert ("Ruben Staal", "Harbridge Town", "first_team", "in_charge") in keys
    assert ("Ruben Staal", "Harbridge Town", "first_team", "left") in keys


def test_the_aide_with_an_article_before_his_title_too():
    told = (
        "Meanwhile the side had been guided by the assistant coach Ruben Staal, who now goes back to his role"
    )
    keys = keys_of(_NEWS + told + ".")
    assert ("Ruben Staal", "Harbridge Town", "first_team", "left") in keys


def test_a_man_with_no_aides_title_who_led_the_team_reads_no_exit():
    keys = keys_of(_NEWS + "Last season the team was led by Ruben Staal, who returns to his post.")
    assert ("Ruben Staal", "Harbridge Town", "first_team", "left") not in keys


def test_an_aide_who_minded_the_team_told_with_no_return_reads_no_exit():
    told = "After the sacking the squad has been led by assistant Ruben Staal, who scored twice as a player."
    keys = keys_of(_NEWS + told)
    assert ("Ruben Staal", "Harbridge Town", "first_team", "left") not in keys
