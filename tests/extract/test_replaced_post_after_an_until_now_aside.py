"""The post changing hands is not the youth side named in an aside on the newcomer's post up to now: "The
Corkman, until now in charge of the club's under-19 team, takes the place of Y" has Y leave the first team,
and his staff leaving with him leave it too. Near miss: a side named after the aside closes ("…, until now
coach of the under-19s, takes over the under-23s, replacing Y") is the post filled."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = (
    "Harbour Town have agreed terms with Colm Reddy to coach the first team next season. The Dubliner, "
    "until now in charge of the club's under-19 team, takes the place of Shay Doran, who will not carry on "
    "after three seasons. The fitness coach Ned Foley also leaves with Doran."
)


def test_the_man_replaced_leaves_the_senior_side() -> None:
    keys = keys_of(_STORY)
    assert ("Shay Doran", "Harbour Town", "first_team", "left") in keys
    assert ("Shay Doran", "Harbour Town", "u19", "left") not in keys


def test_his_staff_leave_the_senior_side_with_him() -> None:
    keys = keys_of(_STORY)
    assert ("Ned Foley", "Harbour Town", "first_team", "left") in keys
    assert ("Ned Foley", "Harbour Town", "u19", "left") not in keys


def test_the_newcomers_youth_post_stays_his() -> None:
    assert ("Colm Reddy", "Harbour Town", "u19", "in_charge") in keys_of(_STORY)


def test_side_named_after_the_aside_is_the_post_filled() -> None:
    text = (
        "Harbour Town have reshuffled their academy. Colm Reddy, until now coach of the under-19s, takes "
        "over the under-23s, replacing Shay Doran."
    )
    keys = keys_of(text)
    assert ("Shay Doran", "Harbour Town", "u23", "left") in keys
    assert ("Colm Reddy", "Harbour Town", "u23", "appointed") in keys
