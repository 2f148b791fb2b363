"""Precision: a coaching story also tells the board's appointments and players' new deals. 'X was
appointed sporting director / vice-chairman / chief executive' marks X an executive; 'was appointed
Scotland captain' is an honour; 'X has signed a new contract', 'X renewed with C' with no coaching
word of X's own is a player's deal when another man is the story's coach. Coaches' deals stay."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "coach", "other"),
    [
        (
            "Leeds United appointed Marco Rossi as head coach. Victor Orta was appointed sporting director "
            "of Leeds United.",
            ("Marco Rossi", "Leeds United", "appointed"),
            "Victor Orta",
        ),
        (
            "Fulham appointed Marco Rossi as head coach. Tony Khan has been named vice-chairman of Fulham.",
            ("Marco Rossi", "Fulham", "appointed"),
            "Tony Khan",
        ),
        (
            "Everton sacked Sean Dyche in January. Angus Kinnear will be appointed as the chief executive "
            "of Everton.",
            ("Sean Dyche", "Everton", "dismissed"),
            "Angus Kinnear",
        ),
        (
            "Marco Rossi has been named Scotland manager. Andy Robertson was appointed Scotland captain "
            "in 2018.",
            ("Marco Rossi", "Scotland", "appointed"),
            "Andy Robertson",
        ),
        (
            "Wolves boss Gary O'Neil confirmed Joao Gomes has signed a new contract with Wolverhampton "
            "Wanderers.",
            ("Gary O'Neil", "Wolverhampton Wanderers", "in_charge"),
            "Joao Gomes",
        ),
        (
            "PSV appointed Peter Bosz as coach. PSV captain Luuk de Jong renewed his contract with PSV "
            "until 2025.",
            ("Peter Bosz", "PSV Eindhoven", "appointed"),
            "Luuk de Jong",
        ),
        (
            "Roma appointed Daniele De Rossi as coach. Paulo Dybala has renewed with Roma until 2026.",
            ("Daniele De Rossi", "Roma", "appointed"),
            "Paulo Dybala",
        ),
    ],
)
def test_board_posts_and_player_deals_give_no_coaching_fact(
    text: str, coach: tuple[str, str, str], other: str
) -> None:
    got = events_of(text)
    assert coach in got
    assert not any(f[0] == other for f in got)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Ralf Rangnick was appointed as sporting director and head coach of RB Leipzig.",
            ("Ralf Rangnick", "RB Leipzig", "appointed"),
        ),
        (
            "Bodo/Glimt head coach Kjetil Knutsen has signed a new contract. His assistant Morten Kalvenes "
            "has also extended his deal with Bodo/Glimt.",
            ("Morten Kalvenes", "Bodø/Glimt", "extended"),
        ),
        (
            "Gareth Southgate has signed a new contract with England until 2024.",
            ("Gareth Southgate", "England", "extended"),
        ),
    ],
)
def test_coaching_deals_and_dual_posts_stay(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in events_of(text)
