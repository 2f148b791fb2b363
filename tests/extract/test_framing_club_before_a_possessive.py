"""A club fronted with 'At C' before a possessive subject ('At Udinese his job goes to Y', 'At Getafe
Bordalás's successor will be Y') frames the sentence: the post filled is at C, not the club the story
is at (where the man whose place is taken has just gone)."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = "Torino have appointed Luca Gotti as head coach. Gotti left Udinese after two seasons. "


def test_fronted_club_before_his_place_is_the_post_filled() -> None:
    keys = keys_of(_STORY + "At Udinese his place will be taken by Andrea Sottil.")
    assert ("Andrea Sottil", "Udinese", "first_team", "appointed") in keys
    assert ("Andrea Sottil", "Torino", "first_team", "appointed") not in keys


def test_fronted_club_before_a_named_mans_successor() -> None:
    keys = keys_of(
        "Torino have appointed Luca Gotti as head coach. At Udinese Gotti's successor will be Andrea Sottil."
    )
    assert ("Andrea Sottil", "Udinese", "first_team", "appointed") in keys


def test_club_inside_the_sentence_does_not_frame_it() -> None:
    # near-miss: the club is not fronted ("Like at Udinese, …" / "His place at Torino …"): the story's post
    keys = keys_of(_STORY + "His place at Torino will be taken by Andrea Sottil when he leaves.")
    assert not any(k[0] == "Andrea Sottil" and k[1] == "Udinese" for k in keys)


def test_fronted_club_followed_by_a_time_is_not_a_possessive_frame() -> None:
    # near-miss: "At Udinese last season his …" is a past spell told of the man, not a frame on his post
    keys = keys_of(_STORY + "Andrea Sottil, at Udinese's academy for years, will take his place at Torino.")
    assert ("Andrea Sottil", "Udinese", "first_team", "appointed") not in keys
