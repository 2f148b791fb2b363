"""A club extending its coach himself, the term right after his name ("extended X until 2027")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Hull City have rewarded head coach Tim Walter after a strong start to the season. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The club extended Walter until 2027.",
        "Hull have extended head coach Tim Walter until June 2027.",
        "The Tigers renewed Walter through 2026.",
        "Hull City extended Walter for two more years on Friday.",
        "The board have prolonged Walter until the end of 2026.",
    ],
)
def test_the_club_extending_its_coach_until_a_term(sentence: str) -> None:
    assert ("Tim Walter", "Hull City", "first_team", "extended") in keys_of(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "They extended the loan of Sam Hill until 2027.",
        "Hull City have extended striker Sam Hill until 2027.",
        "The club decided against extending Walter until 2027.",
    ],
)
def test_no_extension_of_the_coach_without_him_and_a_term(sentence: str) -> None:
    keys = keys_of(LEAD + sentence)
    assert ("Tim Walter", "Hull City", "first_team", "in_charge") in keys
    assert not any(k[3] == "extended" for k in keys)
