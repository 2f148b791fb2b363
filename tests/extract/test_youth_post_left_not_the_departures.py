"""A youth or reserve post the story says he left ("had come up from the reserve side") is a past spell's
end: his sacking, told without a squad, stays the senior side's. A youth post told with his appointment
still gives a later departure its squad. Sentences of our own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_sacking_after_coming_up_from_the_reserves_is_the_first_teams() -> None:
    text = (
        "Racing Club dismissed Tomás Ruiz on Monday after five straight defeats. Ruiz had come up from the "
        "reserve side, which he coached for two years."
    )
    keys = keys_of(text)
    assert ("Tomás Ruiz", "Racing Club", "first_team", "dismissed") in keys
    assert ("Tomás Ruiz", "Racing Club", "reserve", "in_charge") in keys


def test_near_miss_a_youth_post_he_was_appointed_to_colours_the_sacking() -> None:
    text = (
        "Racing Club named Ana Ruiz head coach of their under-19 side in 2022. Racing Club dismissed "
        "Ana Ruiz on Monday after five straight defeats."
    )
    assert ("Ana Ruiz", "Racing Club", "u19", "dismissed") in keys_of(text)
