"""The team told as led by a stand-in named with his title: "the side will be led by the coach of the
reserves, X", "the side had been led by his assistant X" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hibernian have sacked head coach Dennis Kroll after a run of seven games without a win. "


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(club, squad, event) for person, club, squad, event in keys_of(text) if person == "Sam Oduya"}


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("For the time being the side will be led by the coach of the B team, Sam Oduya.", "appointed"),
        ("Since the sacking the side has been led by his assistant Sam Oduya.", "in_charge"),
        ("Since then the team has been led by Kroll's Dutch assistant Sam Oduya.", "in_charge"),
    ],
)
def test_stand_in_named_with_his_title(sentence: str, event: str) -> None:
    assert ("Hibernian", "first_team", event) in _keys(_LEAD + sentence)


def test_his_own_side_stays_his() -> None:
    text = _LEAD + "For the time being the side will be led by the coach of the B team, Sam Oduya."
    assert ("Hibernian", "reserve", "in_charge") in _keys(text)


def test_no_stand_in_led_by_a_player() -> None:
    # a captain leads his team-mates on the pitch: no title before his name, nothing coaches
    text = _LEAD + "On the pitch the team was led by the captain, Sam Oduya."
    assert not {k for k in _keys(text) if k[1] == "first_team"}
