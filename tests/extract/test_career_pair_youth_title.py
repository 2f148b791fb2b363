"""A career pair under a youth title: 'was also youth coach of A and B', 'worked as academy coach at C'
tell a post with the club's youth teams, not its first team. A bare 'coach of C' stays the first team's.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        (
            "Before that Lukas Brandt coached Arminia Bielefeld, and he was also youth coach of "
            "Werder Bremen.",
            "Werder Bremen",
        ),
        ("Lukas Brandt previously worked as academy coach at Werder Bremen.", "Werder Bremen"),
    ],
)
def test_youth_title_reads_the_youth_side(sentence: str, club: str) -> None:
    keys = keys_of(f"Hannover have appointed Lukas Brandt. {sentence}", "2024-06-20")
    assert ("Lukas Brandt", club, "youth", "in_charge") in keys
    assert ("Lukas Brandt", club, "first_team", "in_charge") not in keys


def test_near_miss_bare_title_stays_first_team() -> None:
    keys = keys_of(
        "Hannover have appointed Lukas Brandt. Before that Lukas Brandt coached Arminia Bielefeld, and he "
        "was also coach of Werder Bremen.",
        "2024-06-20",
    )
    assert ("Lukas Brandt", "Werder Bremen", "first_team", "in_charge") in keys
