"""A coaching career told in sentences that name no one: "There followed spells at A and B", "Then came two
years at C"; the man is the one the story is about, and a playing career told the same way gives nothing
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Stoke City have appointed Mark Hughes as their new manager. He first managed Wrexham. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "There followed spells at Blackburn Rovers and at Fulham.",
        _LEAD + "There followed two spells at Blackburn Rovers and a short stint with Fulham.",
        _LEAD + "Then came three years at Blackburn Rovers and two seasons at Fulham.",
        _LEAD + "Next came brief spells in England at Blackburn Rovers and Fulham.",
    ],
)
def test_spells_told_after_there_followed(text: str) -> None:
    assert {"Blackburn Rovers", "Fulham"} <= _spells(text, "Mark Hughes")


@pytest.mark.parametrize(
    "text",
    [
        # a playing career told the same way: nothing shows him coaching
        "Stoke City have signed striker Mark Hughes. There followed spells at Blackburn Rovers and at "
        "Fulham.",
        "Stoke City have signed midfielder Mark Hughes. Then came two years at Blackburn Rovers and Fulham.",
        # the opening words mid-sentence, or a result that followed: no career list
        _LEAD + "A defeat at Blackburn Rovers followed, and then came a draw with Fulham.",
        _LEAD + "There followed a long silence before Blackburn Rovers and Fulham were drawn.",
    ],
)
def test_no_spells_of_a_player_or_of_results(text: str) -> None:
    assert not {"Blackburn Rovers", "Fulham"} & _spells(text, "Mark Hughes")
