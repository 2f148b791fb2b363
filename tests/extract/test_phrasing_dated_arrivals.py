"""Arrivals told with a date (sentences of our own): 'after arriving in June 2021', 'In January he
moved to C', 'X joined C in May 2019'; arriving in a place or joining as a player is no appointment."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "after arriving in September 2022": the arrival is the appointment ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wydad sacked Rulani Mokwena. Sven Vandenbroeck, 45, won it with Wydad after arriving in June 2021.",
        "Wydad sacked Rulani Mokwena. Sven Vandenbroeck won the league at Wydad after his arrival in 2021.",
    ],
)
def test_after_arriving_in_a_date(text: str) -> None:
    assert ("Sven Vandenbroeck", "Wydad AC", "first_team", "appointed") in keys_of(text)


def test_arriving_in_a_place_is_no_appointment() -> None:
    text = "Sven Vandenbroeck spoke to reporters after arriving in Casablanca."
    assert not any(k[3] == "appointed" for k in keys_of(text))


# --- a dated step in a coach's career: "In January he moved to C", "X joined C in May 2019" --------


@pytest.mark.parametrize(
    "text",
    [
        "Schalke 04 appointed Kees van Wonderen. In January he moved to Heerenveen.",
        "Schalke 04 appointed Kees van Wonderen. In 2021, he joined Heerenveen and avoided relegation.",
        "Schalke 04 appointed Kees van Wonderen. Van Wonderen joined Heerenveen in the summer of 2021.",
    ],
)
def test_dated_career_move(text: str) -> None:
    assert ("Kees van Wonderen", "SC Heerenveen", "first_team", "appointed") in keys_of(text)


def test_joining_as_a_player_is_no_appointment() -> None:
    text = "Schalke 04 appointed Kees van Wonderen. In 1990 he joined Heerenveen as a player."
    assert ("Kees van Wonderen", "SC Heerenveen", "first_team", "appointed") not in keys_of(text)
