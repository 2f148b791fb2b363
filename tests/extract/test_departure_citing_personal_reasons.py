"""A departure told with the man's own reason is a resignation: "left C in November, citing personal
reasons", "left his post by his own request". Near misses: other reasons cited ("citing family reasons",
"citing a lack of support") leave the departure as told."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager on Monday. "


def test_left_citing_personal_reasons() -> None:
    keys = keys_of(_LEAD + "Lammers left Harwich Town in November, citing personal reasons.")
    assert ("Piet Lammers", "Harwich Town", "first_team", "resigned") in keys
    assert ("Piet Lammers", "Harwich Town", "first_team", "left") not in keys


def test_left_by_his_own_request() -> None:
    keys = keys_of(_LEAD + "Lammers left Harwich Town in November by his own request.")
    assert ("Piet Lammers", "Harwich Town", "first_team", "resigned") in keys


def test_other_reasons_leave_the_departure() -> None:
    for reason in ("citing family reasons", "citing a lack of support"):
        keys = keys_of(_LEAD + f"Lammers left Harwich Town in November, {reason}.")
        assert ("Piet Lammers", "Harwich Town", "first_team", "left") in keys
        assert ("Piet Lammers", "Harwich Town", "first_team", "resigned") not in keys
