"""Aides told through their boss: 'X's assistant A and goalkeeping coach B also leave' leave the
club X left even when a career sentence since named another club; 'X brings assistant A with him'
joins the story's club X was appointed at, not a club of his career told just before ('At
Leverkusen he brought in A' stays that past post's)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "aide", "club"),
    [
        (
            "Lille have dismissed Paul Garnier and put Eric Dumas in charge. Dumas coached Stade Rennais "
            "for two years. Garnier's assistant Yves Morel and fitness coach Jean Petit also left.",
            "Yves Morel",
            "Lille",
        ),
        (
            "Lille have dismissed Paul Garnier and put Eric Dumas in charge. Dumas coached Stade Rennais "
            "for two years. Garnier's assistant Yves Morel and fitness coach Jean Petit also left.",
            "Jean Petit",
            "Lille",
        ),
        (
            "Sevilla sacked Marco Ferri on Tuesday and named Luis Prado to replace him. Prado managed Real "
            "Oviedo for three seasons. Ferri's assistant Dario Conti and goalkeeping coach Ugo Sala also "
            "leave, the club said.",
            "Ugo Sala",
            "Sevilla",
        ),
    ],
)
def test_aides_leave_the_club_their_sacked_boss_left(text: str, aide: str, club: str) -> None:
    keys = keys_of(text)
    assert any(k[0] == aide and club in k[1] and k[3] == "left" for k in keys)
    assert not any(k[0] == aide and club not in k[1] for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Burnley have appointed Kai Lenz as head coach. He learned the trade in RB Leipzig's academy. "
        "Lenz brings assistant Tobias Rahn with him.",
        "Burnley have appointed Kai Lenz as head coach. He learned the trade in RB Leipzig's academy. "
        "Lenz brings his assistant Tobias Rahn with him.",
        "Burnley have appointed Kai Lenz as head coach. Before that he coached the under-19s of RB "
        "Leipzig. Lenz will bring assistant Tobias Rahn.",
    ],
)
def test_assistant_brought_now_joins_the_story_club(text: str) -> None:
    keys = keys_of(text)
    assert ("Tobias Rahn", "Burnley", "first_team", "appointed") in keys
    assert not any(k[0] == "Tobias Rahn" and k[1] == "RB Leipzig" and k[3] == "appointed" for k in keys)


def test_assistant_brought_in_at_a_past_club_stays_there() -> None:
    text = (
        "Burnley have appointed Kai Lenz as head coach. At Hoffenheim he brought assistant Tobias Rahn "
        "with him."
    )
    assert not any(k[0] == "Tobias Rahn" and k[1] == "Burnley" for k in keys_of(text))
