"""A coach's career told as what it includes: "His long career also includes A and B" (sentences of our
own); a playing career is no coaching spell."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


@pytest.mark.parametrize(
    "text",
    [
        "Zamalek appointed Christian Gross. His long career also includes Tottenham Hotspur and Basel.",
        "Zamalek appointed Christian Gross. Gross's career includes Tottenham Hotspur and Basel.",
        "Zamalek appointed Christian Gross. His coaching career also included Tottenham Hotspur and Basel.",
    ],
)
def test_a_career_that_includes_clubs(text: str) -> None:
    assert {"Tottenham Hotspur", "Basel"} <= _spells(text, "Christian Gross")


@pytest.mark.parametrize(
    "text",
    [
        "Zamalek appointed Christian Gross. His playing career includes Tottenham Hotspur and Basel.",
        "Zamalek appointed Christian Gross. His career highlights include a win over Tottenham Hotspur.",
    ],
)
def test_no_spell_from_a_playing_career_or_other_words(text: str) -> None:
    assert "Tottenham Hotspur" not in _spells(text, "Christian Gross")
