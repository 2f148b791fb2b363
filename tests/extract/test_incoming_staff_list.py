"""A new coach's staff listed by title, as translated press writes it ("The technical staff of X will be
composed by the second coach A, former captain of the club, by the athletic trainer B and by the goalkeeping
coach C"): each aide is appointed to the club in view (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Parma have appointed Marco Rossi as head coach until 2026. "


@pytest.mark.parametrize(
    "staff",
    [
        "The technical staff of Rossi will be composed by the second coach Luca Verdi, former captain of the "
        "club, by the athletic trainer Paolo Neri and by the goalkeeping coach Gino Bianchi.",
        "The coaching team of Rossi will be made up of the assistant Luca Verdi, the athletic trainer Paolo "
        "Neri and the goalkeeping coach Gino Bianchi.",
        "His staff will consist of assistant Luca Verdi, fitness trainer Paolo Neri and goalkeeping coach "
        "Gino Bianchi.",
        "The backroom team of Rossi will comprise assistant Luca Verdi, athletic trainer Paolo Neri and "
        "goalkeeping coach Gino Bianchi.",
    ],
)
def test_each_aide_of_the_incoming_staff_is_appointed(staff: str) -> None:
    keys = keys_of(_LEAD + staff)
    for aide in ("Luca Verdi", "Paolo Neri", "Gino Bianchi"):
        assert (aide, "Parma", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "staff",
    [
        # a staff told in the past: who worked with him before, not who arrives
        "The technical staff of Rossi was composed of the second coach Luca Verdi and the athletic trainer "
        "Paolo Neri.",
        # no staff title: players, not aides
        "The team of Rossi will be composed by Luca Verdi, Paolo Neri and Gino Bianchi.",
    ],
)
def test_no_incoming_staff(staff: str) -> None:
    keys = keys_of(_LEAD + staff)
    assert ("Luca Verdi", "Parma", "first_team", "appointed") not in keys
