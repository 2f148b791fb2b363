"""An aide coming onto the new man's staff told by the staff itself, as translated press writes it ("analyst
X completes the technical team", "X will also be part of the technical body", "Y, who joins the coaching
staff, …"): he is appointed to the club in view (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Parma have appointed Marco Rossi as head coach until 2026. "
_AIDE = ("Paolo Neri", "Parma", "first_team", "appointed")


@pytest.mark.parametrize(
    "aide",
    [
        "Performance analyst Paolo Neri completes the technical team.",
        "The physical trainer Paolo Neri completes the technical body.",
        "His compatriot Paolo Neri, who worked with him at Spezia and Pisa, will also be part of the "
        "technical body in Emilia.",
        "Paolo Neri, who joins the coaching staff from Spezia, was his assistant at Pisa.",
        "Paolo Neri, a former Parma defender, joins the technical body.",
    ],
)
def test_aide_coming_onto_the_staff_body_is_appointed(aide: str) -> None:
    assert _AIDE in keys_of(_LEAD + aide)


@pytest.mark.parametrize(
    "other",
    [
        # a player completing a squad, returning to or joining a team: no staff body
        "Striker Paolo Neri completes the squad.",
        "Paolo Neri joins the team from Spezia.",
        # a stand-in going back to the staff he was on
        "Paolo Neri, who led the team in the last two games, returns to the technical staff.",
        # a step told aside in the past: not his arrival now
        "Paolo Neri, who joined the staff under Rossi's predecessor, stays at the club.",
    ],
)
def test_no_arrival_on_the_staff(other: str) -> None:
    assert _AIDE not in keys_of(_LEAD + other)
