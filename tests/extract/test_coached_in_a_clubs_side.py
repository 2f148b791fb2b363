"""A spell in a club's side told with "in": "previously coached in the C academy", "coached in the C
women's team" (a side of a club). Near miss: "has coached in Spain", a country named as a place."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Hallam FC have appointed Joe Platt as manager. "


@pytest.mark.parametrize(
    ("sentence", "squad"),
    [
        ("Platt previously coached in the Leeds United academy.", "youth"),
        ("Platt coached in the Leeds United women's team.", "women"),
    ],
)
def test_coached_in_a_clubs_side(sentence: str, squad: str) -> None:
    assert ("Joe Platt", "Leeds United", squad, "in_charge") in keys_of(_OPENING + sentence)


def test_coached_in_a_country_is_a_place() -> None:
    keys = keys_of(_OPENING + "Platt has coached in Spain.")
    assert not any(club == "Spain" for _, club, _, _ in keys)
