"""'The Waterford native once worked as an assistant in Cork': a sentence opening on a man told by
his club or its town (a native, a legend, a product) does not open on that club, so 'the club' after it is
still the story's (attribution `opening_club`)."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import keys_of

_LEAD = "Bohemians have appointed Alan Ryan as manager. Ryan, 49, managed Waterford between 2017 and 2019. "


@pytest.mark.parametrize(
    "described",
    [
        "The Waterford native once worked as an assistant in Cork.",
        "The Waterford legend once worked as an assistant in Cork.",
    ],
)
def test_the_club_after_a_man_told_by_his_club_is_the_storys(described: str) -> None:
    keys = keys_of(_LEAD + described + " Goalkeeping coach Colm Doyle leaves the club.", "2023-11-22")
    assert ("Colm Doyle", "Bohemians", "first_team", "left") in keys
    assert ("Colm Doyle", "Waterford FC", "first_team", "left") not in keys


def test_a_club_opening_its_own_news_is_the_club() -> None:
    # near-miss: the club itself opening the sentence with its own news is the club then
    own_news = "Waterford also lost their goalkeeping coach this week. "
    text = _LEAD + own_news + "Goalkeeping coach Colm Doyle leaves the club."
    keys = keys_of(text, "2023-11-22")
    assert ("Colm Doyle", "Waterford FC", "first_team", "left") in keys
