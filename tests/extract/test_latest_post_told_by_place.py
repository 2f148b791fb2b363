"""A coach's latest or earlier post told by where he was: "X was last at C", "has coached in Bosnia and
Herzegovina, most recently with C" (the countries only places), translated "trained before A from 2019 to
2021 and B". Near misses: a player's career ("has played in England, most recently with C"), a ground
("was last at C's ground"), a match ("trained before C's match")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Hallam FC have appointed Joe Platt as manager. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Platt was last at Leeds United.",
        "Platt has coached in Bosnia and Herzegovina, most recently with Leeds United.",
        "Platt has coached in Spain and England, most recently at Leeds United.",
        "Platt trained before Leeds United from 2019 to 2021 and Hull City.",
    ],
)
def test_post_told_by_place(sentence: str) -> None:
    assert ("Joe Platt", "Leeds United", "first_team", "in_charge") in keys_of(_OPENING + sentence)


def test_both_clubs_after_trained_before() -> None:
    keys = keys_of(_OPENING + "Platt trained before Leeds United from 2019 to 2021 and Hull City.")
    assert ("Joe Platt", "Hull City", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Platt has played in England, most recently with Leeds United.",
        "Platt was last at Leeds United's ground in 2019.",
        "Platt trained before Leeds United's match.",
    ],
)
def test_no_post_told(sentence: str) -> None:
    keys = keys_of(_OPENING + sentence)
    assert not any(club == "Leeds United" for _, club, _, _ in keys)
