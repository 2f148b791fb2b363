"""A spell told by the time spent in a post, counted back from now: "X spent the last two seasons as coach
of the C under-19s", "spent the previous four years as manager of the under-21s" is his spell there, as
"spent two seasons as coach of …" is. Near misses: the time spent as a player or captain is no coaching
spell. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Rayo have appointed Ciro Vela as head coach. "


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        pytest.param(
            _OPENING + "Vela spent the last two seasons as coach of the Rayo under-19s.",
            "Rayo Vallecano",
            "u19",
            id="last_seasons_youth_side",
        ),
        pytest.param(
            _OPENING + "Vela spent the previous four years as manager of the under-21s.",
            "Rayo Vallecano",
            "u21",
            id="previous_years_age_group",
        ),
    ],
)
def test_time_back_from_now_is_a_spell(text: str, club: str, squad: str) -> None:
    assert ("Ciro Vela", club, squad, "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_OPENING + "Vela spent the last two seasons as captain of Elche.", id="captain"),
        pytest.param(_OPENING + "Vela spent the past three years as a player at Elche.", id="player"),
    ],
)
def test_time_as_a_player_is_no_spell(text: str) -> None:
    assert not any(club == "Elche" and event == "in_charge" for _, club, _, event in keys_of(text))
