"""The USL Championship of 2017-2019 (then the United Soccer League): its independent clubs
and the MLS sides' second teams a bare name tells.

Invented sentences; the clubs are real members of the league (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Rochester Rhinos have appointed Dan Whitcombe as head coach.",
            "Dan Whitcombe",
            "Rochester Rhinos",
            "first_team",
        ),
        (
            "Tulsa Roughnecks have appointed Kyle Brennan as head coach.",
            "Kyle Brennan",
            "FC Tulsa",
            "first_team",
        ),
        (
            "Bethlehem Steel have appointed Owen Hartley as head coach.",
            "Owen Hartley",
            "Philadelphia Union",
            "reserve",
        ),
        (
            "Swope Park Rangers have appointed Sean Doyle as head coach.",
            "Sean Doyle",
            "Sporting Kansas City",
            "reserve",
        ),
        (
            "Seattle Sounders FC 2 have appointed Neil Carver as head coach.",
            "Neil Carver",
            "Seattle Sounders",
            "reserve",
        ),
    ],
)
def test_a_usl_side_is_read(text: str, coach: str, club: str, squad: str) -> None:
    assert (coach, club, squad, "appointed") in keys_of(text)


def test_a_steel_company_is_no_club() -> None:
    """The works are no club: only the club's own name ('Bethlehem Steel FC', 'Bethlehem Steel')."""
    keys = keys_of(
        "Owen Hartley, whose father worked at the Bethlehem steel mill, was appointed by Reading United."
    )
    assert not any(k[1] == "Philadelphia Union" for k in keys)
