"""A club and its coach told parting ahead of the day ("will part ways at the end of the campaign", "are
parting company") is his exit, as "have parted ways" is. Not a club parting with someone else. Sentences and
names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Walsall and manager Kerry Mole will part ways at the end of the campaign, the club said on Friday.",
        "Walsall and head coach Kerry Mole are parting company after three years.",
        "Walsall and Kerry Mole will part ways in June.",
        "Kerry Mole and Walsall will part company when his deal runs out.",
    ],
)
def test_club_and_coach_parting_ahead_is_his_exit(sentence: str) -> None:
    assert ("Kerry Mole", "Walsall", "first_team", "left") in keys_of(sentence)


# --- near misses ----------------------------------------------------------------------------------


def test_club_and_coach_parting_with_someone_else_is_no_exit_of_his() -> None:
    text = "Walsall and manager Kerry Mole will part ways with the club's academy staff in June."
    assert ("Kerry Mole", "Walsall", "first_team", "left") not in keys_of(text)


def test_coach_saying_they_might_part_ways_is_no_exit() -> None:
    text = "Walsall manager Kerry Mole said he and the board could part ways if the results do not improve."
    assert ("Kerry Mole", "Walsall", "first_team", "left") not in keys_of(text)
