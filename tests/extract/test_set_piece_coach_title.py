"""A set-piece coach among the titled backroom staff: "his assistant A and set-piece coach B have also
left" names two aides who leave."""

from __future__ import annotations

from extract_helpers import keys_of


def test_set_piece_coach_leaves_with_the_assistant():
    text = (
        "Woking have sacked manager Paul Ryder after a run of seven defeats. His assistant Tom Lake and "
        "set-piece coach Dan Hewitt have also left the Laithwaite Community Stadium."
    )
    keys = keys_of(text)
    assert ("Tom Lake", "Woking", "first_team", "left") in keys
    assert ("Dan Hewitt", "Woking", "first_team", "left") in keys


def test_set_piece_talk_is_no_title():
    """Near miss: a set-piece goal credited to a coach tells no staff post left."""
    text = (
        "Woking beat Yeovil 2-0 on Saturday. Manager Paul Ryder praised the set-piece work of "
        "his side, and Tom Lake scored from a corner before he left the pitch injured."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Tom Lake" and k[3] == "left" for k in keys)
