"""A coach who "ends as coach of C" (translated Czech and Polish "končí jako trenér") leaves C, told as
neither a sacking nor a resignation (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        (
            "Karel Novak ends as coach of the Slovak women's national team, the association said on Monday.",
            "Slovakia",
            "national_women",
        ),
        (
            "Karel Novak ended as head coach of Sparta Prague after four seasons.",
            "Sparta Prague",
            "first_team",
        ),
    ],
)
def test_ends_as_coach_is_a_departure(text: str, club: str, squad: str) -> None:
    assert ("Karel Novak", club, squad, "left") in keys_of(text, "2024-07-19")


@pytest.mark.parametrize(
    "text",
    [
        # a place in a table or a scorers' list, no post
        "Karel Novak ended as top scorer of Sparta Prague.",
        "Karel Novak ends as runner-up with Sparta Prague.",
    ],
)
def test_no_departure_from_a_place_won(text: str) -> None:
    assert not any(event == "left" for *_, event in keys_of(text, "2024-07-19"))
