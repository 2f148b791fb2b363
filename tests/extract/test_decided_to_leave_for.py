"""A coach who "decided to leave for C" (translated "decided to leave to C") moves to C: the club named is
the one he joins, not the one he resigns from. Near miss: "has decided to leave the club" is his
resignation at the club in view."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize("prep", ["for", "to"])
def test_decided_to_leave_for_a_club_joins_it(prep: str) -> None:
    text = (
        "Hallam FC announced that Sam Field will be head coach, after Joe Platt decided to leave "
        f"{prep} Leeds United."
    )
    keys = keys_of(text)
    assert ("Joe Platt", "Leeds United", "first_team", "appointed") in keys
    assert ("Joe Platt", "Leeds United", "first_team", "resigned") not in keys


def test_decided_to_leave_the_club_is_a_resignation() -> None:
    keys = keys_of("Hallam FC coach Joe Platt has decided to leave the club.")
    assert ("Joe Platt", "Hallam FC", "first_team", "resigned") in keys
