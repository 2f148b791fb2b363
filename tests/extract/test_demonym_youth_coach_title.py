"""'The club had also spoken with the Swiss U21 coach X': a demonym before an age group and a coach's title
is that country's youth side, the man its coach (not the story's club's under-21s). Not a player of that
age group ('the Swiss U21 striker X'), nor a club's youth coach named by its country ('the Swiss club's
U21 coach X'). Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "FC Basel have sacked Tom Berger. "


@pytest.mark.parametrize(
    "sentence, country, squad",
    [
        ("The club had also spoken with the Swiss U21 coach Mario Frick.", "Switzerland", "national_u21"),
        ("Talks were held with the Dutch under-19 manager Kees Vos.", "Netherlands", "national_u19"),
        ("The board also met the German Under-21 head coach Jan Roth.", "Germany", "national_u21"),
    ],
)
def test_demonym_age_group_title_is_the_countrys_youth_side(sentence: str, country: str, squad: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert any(k[1:] == (country, squad, "in_charge") for k in keys)
    assert not any(k[1] == "Basel" and k[2] != "first_team" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "The club had also watched the Swiss U21 striker Mario Frick.",
        "The club had also spoken with the Swiss club's U21 coach Mario Frick.",
    ],
)
def test_a_player_or_a_clubs_youth_coach_is_no_national_coach(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-02")
    assert not any(k[1] == "Switzerland" for k in keys)
