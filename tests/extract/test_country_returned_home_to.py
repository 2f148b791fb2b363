"""'returns to Brazil', 'a return to Spain for family reasons', 'returned to El Salvador for a third spell
at the club': a country a man goes back to is a place, not its national team; 'returns to Ghana as head
coach' (a post told there) and 'returns to the Brazil national team' stay the team (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Fitness coach Tom Reese will not continue at Northfield Town and returns to Brazil.",
        "Gary Pell stepped down at Northfield Town in May to return to Spain for family reasons.",
        "Gary Pell has been linked with a return to Tanzania after his exit from Northfield Town.",
        "Gary Pell returned to El Salvador in 2022 for a third spell at Northfield Town.",
    ],
)
def test_a_country_gone_back_to_is_no_team(text: str) -> None:
    assert not any(squad.startswith("national") for _coach, _club, squad, _event in keys_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Gary Pell returns to Ghana as head coach of the national team, signing until 2026.",
            ("Gary Pell", "Ghana", "national", "appointed"),
        ),
        (
            "Gary Pell returns to the Brazil national team, which he coached in 2015, as head coach.",
            ("Gary Pell", "Brazil", "national", "appointed"),
        ),
        ("Gary Pell was named head coach of Brazil.", ("Gary Pell", "Brazil", "national", "appointed")),
    ],
)
def test_a_post_told_there_stays_the_team(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in keys_of(text)
