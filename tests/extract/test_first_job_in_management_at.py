"""'His first job in management had been at C', 'her first job in coaching was with C': a coach's earlier
post, read like "His first job as a head coach was at C". A first job "in football" (a player's too) is
none. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hull City have sacked Tom Baker. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His first job in management had been at Walsall in the fourth tier.",
        "His first job in coaching was with Walsall.",
        "Baker's first post in management came at Walsall.",
    ],
)
def test_first_job_in_management_is_a_spell(sentence: str) -> None:
    assert ("Tom Baker", "Walsall", "first_team", "in_charge") in keys_of(_NEWS + sentence, "2024-06-02")


@pytest.mark.parametrize(
    "sentence",
    ["His first job in football was at Walsall.", "His first job in management will be at Walsall."],
)
def test_other_first_jobs_are_no_spell(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert ("Tom Baker", "Walsall", "first_team", "in_charge") not in keys
