"""'X left A in 2021 for B', 'left A last summer to join B': when he went, told between the clubs, still
makes the move his appointment at B. Sentences written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Dundee have hired Tomas Reid as manager. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Reid left Celtic in 2021 for Aberdeen.", "Aberdeen"),
        ("Reid left Celtic last summer to join Hibernian.", "Hibernian"),
        ("Reid left Celtic in May 2020 for Kilmarnock and later coached Hearts.", "Kilmarnock"),
    ],
)
def test_a_dated_move_between_clubs_is_an_appointment(sentence: str, club: str) -> None:
    assert ("Tomas Reid", club, "first_team", "appointed") in keys_of(_LEAD + sentence, "2024-06-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "Reid left Celtic in 2021 for a break from the game.",
        "Reid left Celtic in 2021 for good.",
    ],
)
def test_leaving_for_no_club_is_no_appointment(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-06-20")
    assert not any(k[0] == "Tomas Reid" and k[3] == "appointed" and k[1] != "Dundee" for k in keys)
