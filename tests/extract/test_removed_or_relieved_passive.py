"""A sacking told by a bare passive 'removed', as translated copy writes 'destituido', or by a gerund
'before being relieved of his duties': "Ivo Lind, who was removed last month after a home defeat", "His
assistant Ivo Lind was also removed.", "managed Crewe Alexandra in 2019 before being relieved of his duties
in October" give Lind dismissed. Not a man removed from a squad or in a minute of play. Our own sentences."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Walsall have appointed Kerry Mole as head coach. "


@pytest.mark.parametrize(
    ("text", "club"),
    [
        pytest.param(
            LEAD + "Mole succeeds Ivo Lind, who was removed last month after a home defeat to Barnet.",
            "Walsall",
            id="who_was_removed_last_month",
        ),
        pytest.param("Walsall sacked Tom Hale. His aide Ivo Lind was also removed.", "Walsall", id="also"),
        pytest.param(
            LEAD + "Ivo Lind managed Crewe Alexandra in 2019 before being relieved of his duties in October.",
            "Crewe Alexandra",
            id="before_being_relieved_of_his_duties",
        ),
    ],
)
def test_removed_or_relieved_is_a_dismissal(text: str, club: str) -> None:
    assert ("Ivo Lind", club, "first_team", "dismissed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LEAD + "Winger Ivo Lind was removed from the squad for the derby.", id="from_the_squad"),
        pytest.param(LEAD + "Winger Ivo Lind was removed in the 60th minute.", id="in_a_minute"),
    ],
)
def test_removed_from_play_is_no_dismissal(text: str) -> None:
    assert not any(event == "dismissed" for coach, _c, _s, event in keys_of(text) if coach == "Ivo Lind")
