"""The squad a story is about is not moved by an appointment at its club dated in an earlier year ('joined
the staff in 2021 as under-23 coach'): backroom staff named later without a squad stay with the first
team (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_past_youth_post_does_not_make_the_story_about_the_youth_side():
    text = (
        "Hull City have named Tom Reed as their new head coach. "
        "Reed joined the staff in 2020 as under-23 coach "
        "and stepped up to assistant twelve months later. "
        "Goalkeeping coach Sam Cole remains part of the backroom team."
    )
    keys = keys_of(text, published="2024-06-01")
    assert ("Sam Cole", "Hull City", "first_team", "in_charge") in keys
    assert ("Sam Cole", "Hull City", "u23", "in_charge") not in keys


def test_this_years_youth_appointment_still_makes_the_story_about_that_side():
    text = (
        "Hull City have appointed Tom Reed as under-23 coach this week. "
        "Goalkeeping coach Sam Cole remains part of his staff."
    )
    assert ("Sam Cole", "Hull City", "u23", "in_charge") in keys_of(text, published="2024-06-01")
