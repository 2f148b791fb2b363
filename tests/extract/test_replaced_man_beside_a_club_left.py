"""The man an arrival replaced held the post at the club joined, not at the club the newcomer came from:
"X joined A in July 2021 from B, replacing Y, who had stepped down in May" is Y's exit from A (sentences
of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Stoke City have named Tom Harwood as head coach. "


def _clubs_of(text: str, person: str = "Ian Pellow") -> set[str]:
    return {club for who, club, _squad, _event in keys_of(_LEAD + text) if who == person}


@pytest.mark.parametrize(
    "text",
    [
        "Harwood, 41, joined Everton in July 2021 from Hull City, replacing Ian Pellow, who had stepped down "
        "in May.",
        "Harwood joined Everton in 2021 from Hull City, replacing Ian Pellow, who was sacked in March.",
    ],
)
def test_replaced_man_left_the_club_joined(text: str) -> None:
    clubs = _clubs_of(text)
    assert "Everton" in clubs and "Hull City" not in clubs


def test_club_named_with_his_exit_stays() -> None:
    # the club of his sacking is named after him: that one, as before
    text = (
        "Harwood joined Everton in 2021 from Hull City, replacing Ian Pellow, who had been sacked by "
        "Wigan Athletic."
    )
    keys = keys_of(_LEAD + text)
    assert ("Ian Pellow", "Wigan Athletic", "first_team", "dismissed") in keys
    assert not any(who == "Ian Pellow" and club == "Hull City" for who, club, _s, _e in keys)
