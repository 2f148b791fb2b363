"""Aides leaving with their boss, told in translated word order with the club named before the verb:
"Together with X the club leave assistant A and goalkeeping coach B". Near miss: "the club left assistant A
in charge", a stand-in named, is no exit."""

from __future__ import annotations

from extract_helpers import keys_of

_OPENING = "Hallam FC have sacked Joe Platt. "


def test_together_with_him_the_club_leave_titled_staff() -> None:
    keys = keys_of(
        _OPENING + "Together with Platt the club leave assistant Sam Field and goalkeeping coach Tom Lee."
    )
    for aide in ("Sam Field", "Tom Lee"):
        assert (aide, "Hallam FC", "first_team", "left") in keys


def test_aide_left_in_charge_is_no_exit() -> None:
    keys = keys_of(_OPENING + "With Platt the club left assistant Sam Field in charge of the team.")
    assert ("Sam Field", "Hallam FC", "first_team", "left") not in keys
