"""'Hull City made him player-manager in 1970': a club making a man its coach is his appointment there;
'made him captain' or 'made him a star' names no coaching post. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Former Wales defender Gareth Pryce has died at the age of 79. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Swansea City made him player-manager in 1975.",
        "In 1975 Swansea City made Gareth Pryce their manager.",
        "Swansea City made him head coach two years after he retired.",
    ],
)
def test_club_made_him_coach_is_an_appointment(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-05-20")
    assert ("Gareth Pryce", "Swansea City", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Swansea City made him captain in 1975.",
        "Swansea City made him a household name in Wales.",
    ],
)
def test_made_him_without_a_coaching_title_is_no_appointment(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-05-20")
    assert not [k for k in keys if k[0] == "Gareth Pryce" and k[3] == "appointed"]
