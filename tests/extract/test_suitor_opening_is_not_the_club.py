"""'Levante have sacked X. Elche had made an approach for him last year. X led the club to promotion': a club
that opens its sentence only courting the man is a suitor, not the club the story goes on about — 'the
club' after it is still the story's (attribution `_courts_him`)."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import keys_of

_SACKED = "Levante have sacked Pedro Almunia after two years in charge. "


@pytest.mark.parametrize(
    "courting",
    [
        "Elche had made an approach for him last year.",
        "Elche were interested in him last summer.",
        "Elche tried to sign him in 2023.",
    ],
)
def test_the_club_after_a_suitor_is_the_storys(courting: str) -> None:
    keys = keys_of(_SACKED + courting + " Almunia led the club to promotion in 2024.", "2025-03-10")
    assert ("Pedro Almunia", "Levante", "first_team", "in_charge") in keys
    assert ("Pedro Almunia", "Elche", "first_team", "in_charge") not in keys


def test_a_club_that_hires_him_is_the_club() -> None:
    # near-miss: a club opening its sentence by appointing him is where the story goes
    hired = "Elche have appointed him as head coach. He led the club to promotion in 2024."
    keys = keys_of(_SACKED + hired, "2025-03-10")
    assert ("Pedro Almunia", "Elche", "first_team", "in_charge") in keys


def test_a_suitor_the_story_named_before_is_its_search() -> None:
    # near-miss: the club he turned down in the lead makes the offer the story is about
    text = (
        "Pedro Almunia has turned down Elche. Elche made an offer for him last week. "
        "Before Jon Arriaga took over, Almunia decided to stay at Levante."
    )
    keys = keys_of(text, "2025-03-10")
    assert ("Jon Arriaga", "Elche", "first_team", "appointed") in keys
