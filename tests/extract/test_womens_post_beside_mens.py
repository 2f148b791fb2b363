"""A women's team the sentence names stays the women's when the sentence also names another country's
men's team ('in charge of England's women's team, then an assistant with the Canadian men's national
team'); one country's two teams in one sentence keep the men's reading."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "womens", "mens"),
    [
        (
            "Orlando named Phil Nolan as their new head coach on Friday. He was in charge of Scotland's "
            "women's team between 2017 and 2020, and more recently worked as an assistant with the Mexican "
            "men's national team.",
            ("Phil Nolan", "Scotland", "national_women", "in_charge"),
            ("Phil Nolan", "Mexico", "national", "in_charge"),
        ),
        (
            "Leeds named Mark Hale as head coach. Hale coached Chelsea's women's team and later worked as an "
            "assistant with the Wales men's team.",
            ("Mark Hale", "Chelsea", "women", "in_charge"),
            ("Mark Hale", "Wales", "national", "in_charge"),
        ),
    ],
)
def test_a_womens_team_named_beside_another_countrys_mens_team_stays_the_womens(
    text: str, womens: tuple, mens: tuple
) -> None:
    keys = keys_of(text)
    assert womens in keys
    assert mens in keys


def test_one_countrys_womens_and_mens_teams_in_one_sentence_keep_the_mens_reading() -> None:
    keys = keys_of(
        "Norway named Ole Strand head coach. Strand also coached Norway's women's national team and served "
        "as assistant to Geir Moen with the Norway men's team."
    )
    assert ("Geir Moen", "Norway", "national_women", "in_charge") not in keys
    assert ("Geir Moen", "Norway", "national", "in_charge") in keys
