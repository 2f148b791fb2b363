"""A stand-in going back to the youth post he holds: "X, who took caretaker charge for the past four
games, returns to his role as under-21s coach". The stand-in spell and its end are the senior side's;
the under-21s are the post he goes back to. Near miss: with no stand-in spell told, "X returns to his role
as under-21s coach" is only his youth post."""

from __future__ import annotations

from extract_helpers import keys_of

_OPENING = "Hallam FC have appointed Joe Platt as manager. "


def test_stand_in_spell_ends_at_the_senior_side() -> None:
    keys = keys_of(
        _OPENING + "Tom Lee, who took caretaker charge for the past four games, returns to his role as "
        "under-21s coach."
    )
    assert ("Tom Lee", "Hallam FC", "first_team", "left") in keys
    assert ("Tom Lee", "Hallam FC", "u21", "in_charge") in keys
    assert ("Tom Lee", "Hallam FC", "u21", "left") not in keys
    assert ("Tom Lee", "Hallam FC", "u21", "appointed") not in keys


def test_youth_post_alone() -> None:
    keys = keys_of(_OPENING + "Tom Lee returns to his role as under-21s coach.")
    assert ("Tom Lee", "Hallam FC", "u21", "in_charge") in keys
    assert not any(coach == "Tom Lee" and squad == "first_team" for coach, _, squad, _ in keys)
