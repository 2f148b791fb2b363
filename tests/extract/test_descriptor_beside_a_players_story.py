"""In a player's story ('C have signed striker X …'), a sentence-opening descriptor that names no playing
position ('The Portuguese coach', 'The 45-year-old') means the coach of the last sentence naming men, not
the player in focus; one naming a position ('The striker') is still the player."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, read_as

_STORY = (
    "Hibernian have completed the signing of Danish striker Tom Eriksen, the club confirmed on Thursday. "
    "The forward will play under Anders Vik, appointed last week. {third}"
)


@pytest.mark.parametrize(
    "third",
    [
        "The Swedish coach had previously managed Aberdeen.",
        "The 45-year-old had previously managed Aberdeen.",
    ],
)
def test_a_coachs_descriptor_is_the_coach(third: str) -> None:
    keys = keys_of(_STORY.format(third=third))
    assert ("Anders Vik", "Aberdeen", "first_team", "in_charge") in keys
    assert ("Tom Eriksen", "Aberdeen", "first_team", "in_charge") not in keys


def test_a_position_descriptor_is_the_player(monkeypatch) -> None:
    text = _STORY.format(third="The striker had previously played for Aberdeen.")
    assert read_as(text, "The striker", monkeypatch) == ["Tom Eriksen"]
    assert ("Anders Vik", "Aberdeen", "first_team", "in_charge") not in keys_of(text)
