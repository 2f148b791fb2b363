"""'His coaching career has taken him to A, B and C': the clubs of the man the possessive stands for
(the rule read "a career that has taken him to …" only after a man named before it, never a possessor).
A playing career's clubs are no spells. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hull City have sacked Tom Baker. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His coaching career has taken him to Exeter City, Bristol Rovers and Walsall.",
        "His managerial career took him to Exeter City, Bristol Rovers and Walsall.",
        "Baker's coaching career has taken him to Exeter City, Bristol Rovers and Walsall.",
    ],
)
def test_possessors_coaching_career_lists_his_spells(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    for club in ("Exeter City", "Bristol Rovers", "Walsall"):
        assert ("Tom Baker", club, "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "His playing career took him to Exeter City and Walsall.",
        "Baker's playing career has taken him to Exeter City and Walsall.",
    ],
)
def test_a_playing_career_lists_no_spells(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert not any(club in ("Exeter City", "Walsall") for _, club, _, _ in keys)
