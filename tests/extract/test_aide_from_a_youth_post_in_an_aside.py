"""An aide named for a new coach with the youth post he leaves in an aside after his name: "His assistant
will be X, until now coach of the U21." He joins the staff in view (the senior side), the U21 is the post
he held and leaves, and the story's side stays the senior one for what follows. Near miss: a relative
clause telling where he goes ("X, who left C to become an assistant with the under-21s")."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = (
    "Hallam FC have appointed Joe Platt as head coach. His assistant will be Sam Field, until now coach of "
    "the U21. The goalkeeper coach Ian Cole remains."
)


def test_aide_joins_the_senior_staff_from_his_youth_post() -> None:
    keys = keys_of(_STORY)
    assert ("Sam Field", "Hallam FC", "first_team", "appointed") in keys
    assert ("Sam Field", "Hallam FC", "u21", "appointed") not in keys


def test_story_stays_with_the_senior_side() -> None:
    keys = keys_of(_STORY)
    assert ("Ian Cole", "Hallam FC", "first_team", "in_charge") in keys
    assert ("Ian Cole", "Hallam FC", "u21", "in_charge") not in keys


def test_post_he_goes_to_in_a_relative_clause() -> None:
    text = (
        "Hallam FC have appointed Joe Platt as head coach. Platt replaced Sam Field, who left the club to "
        "become an assistant with the England under-21s."
    )
    assert ("Sam Field", "England", "national_u21", "appointed") in keys_of(text)
