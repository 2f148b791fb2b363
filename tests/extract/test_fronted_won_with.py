"""The club put first, then the man and his title: 'At C he won two League Cups', '…, and with C he
conquered the cup', 'With C, X was champion twice': a spell at C. Not a player's title, nor a club put
first for something else ('At C he played …', 'With C he signed …')."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "At Molde he won two league titles but never the cup.",
        "Lund spent two years at Brann, and with Molde he conquered the Norwegian Cup in 2022.",
        "With Molde, Lund was champion twice.",
        "At Molde Lund lifted the cup in his first season.",
    ],
)
def test_a_title_won_at_the_club_put_first_is_a_spell(sentence: str) -> None:
    assert ("Erik Lund", "Molde", "first_team", "in_charge") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "With Molde he won the league as a player.",
        "At Molde he played under three coaches.",
        "With Molde he signed a two-year deal in 2010.",
    ],
)
def test_no_coaching_title_no_spell(sentence: str) -> None:
    assert ("Erik Lund", "Molde", "first_team", "in_charge") not in keys_of(_LEAD + sentence)


def test_lugano_is_the_bianconeri_of_a_lugano_story() -> None:
    """FC Lugano's nickname ('i bianconeri', its black and white) names it in a story about Lugano."""
    text = "Lugano have extended Erik Lund's contract. With the bianconeri he lifted the Swiss Cup twice."
    assert ("Erik Lund", "FC Lugano", "first_team", "in_charge") in keys_of(text)
