"""A career told as a verbless list after 'Then' or 'Before that:' ("Then A, B and a season in Wales with
C.", "Before that: A as an assistant, B as a youth coach."): a spell at each club for the man the story is
about. Not a sentence where 'Then' opens a clause of its own ("Then Rovers scored", "Then Smith took
over"). Invented sentences."""

from __future__ import annotations

from extract_helpers import keys_of


def test_then_and_a_list_of_clubs():
    text = (
        "Hull City have appointed Mark Reid as manager. Reid started out at Gateshead. "
        "Then Wrexham, Tranmere Rovers and a season in Scotland with Greenock Morton."
    )
    keys = keys_of(text)
    for club in ("Wrexham", "Tranmere Rovers", "Greenock Morton"):
        assert ("Mark Reid", club, "first_team", "in_charge") in keys


def test_before_that_colon_with_the_posts_held():
    text = (
        "Bristol Rovers have sacked Tom Price. Before that: Yeovil Town as an assistant, Exeter City as a "
        "youth coach, and a season in Wales with Newport County."
    )
    keys = keys_of(text)
    assert ("Tom Price", "Yeovil Town", "first_team", "in_charge") in keys
    assert ("Tom Price", "Exeter City", "youth", "in_charge") in keys
    assert ("Tom Price", "Newport County", "first_team", "in_charge") in keys


def test_then_opening_a_match_told_is_no_list():
    text = "Hull City have appointed Mark Reid as manager. Then Wrexham scored twice against Tranmere Rovers."
    keys = keys_of(text)
    assert not any(k[1] in {"Wrexham", "Tranmere Rovers"} for k in keys)


def test_then_before_a_man_is_his_own_clause():
    text = "Hull City have appointed Mark Reid as manager. Then Paul Stone, the old captain, left Wrexham."
    assert not any(k[0] == "Mark Reid" and k[1] == "Wrexham" for k in keys_of(text))


def test_list_told_as_a_playing_career_is_none():
    text = (
        "Luton Town have signed striker Dan Cole from Wrexham. Then Tranmere Rovers and Stockport County, "
        "where he scored 40 goals."
    )
    assert not any(k[1] in {"Tranmere Rovers", "Stockport County"} for k in keys_of(text))


def test_a_list_carrying_on_from_his_playing_days_is_no_coaching_spell():
    for before in ("As a player he came through at Gateshead.", "Reid played for Gateshead as a teenager."):
        text = (
            f"Hull City have appointed Mark Reid as manager. {before} "
            "Then Wrexham, Tranmere Rovers and a season in Scotland with Greenock Morton."
        )
        keys = keys_of(text)
        for club in ("Wrexham", "Tranmere Rovers", "Greenock Morton"):
            assert ("Mark Reid", club, "first_team", "in_charge") not in keys, before
