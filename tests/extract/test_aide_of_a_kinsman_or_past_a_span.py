"""An aide's post told with what his boss was to him, or past how long or at which tournament he served:
'assistant of his uncle Y with C', 'assistant to Y for many years, at A and at B', 'assistant of Y at the
2010 World Cup with C' give the aide's and the boss's spells there; a tie or span with no place names none."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Aalborg have named Tomas Kjeldsen as their new head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Before that Kjeldsen was assistant of his uncle Preben Holm with Iceland.",
        "Kjeldsen served as assistant to his compatriot Preben Holm with Iceland for two campaigns.",
        "Kjeldsen was the assistant of Preben Holm at the 2018 World Cup with Iceland.",
    ],
)
def test_aide_and_boss_at_the_national_side(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert ("Tomas Kjeldsen", "Iceland", "national", "in_charge") in keys
    assert ("Preben Holm", "Iceland", "national", "in_charge") in keys


def test_aide_and_boss_at_each_club_listed_after_a_span() -> None:
    sentence = "Kjeldsen was the assistant of Preben Holm for several seasons, at Odense and at Brondby."
    keys = keys_of(_NEWS + sentence)
    for club in ("Odense Boldklub", "Brøndby IF"):
        assert ("Tomas Kjeldsen", club, "first_team", "in_charge") in keys
        assert ("Preben Holm", club, "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # a tie with no place: no spell for the boss
        "Kjeldsen was assistant of his uncle Preben Holm in his first years as a coach.",
        # a span with no place after it
        "Kjeldsen was the assistant of Preben Holm for many years and learned the trade from him.",
    ],
)
def test_no_spell_without_a_place(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert not any(k[0] == "Preben Holm" for k in keys)
