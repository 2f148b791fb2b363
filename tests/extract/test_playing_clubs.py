"""A club a man's player descriptor names ("the former Lyon midfielder", "ex-Lyon striker X", "X, who played
for Lyon") is where he played: a title or a listed spell there, told in words a playing career is told in
too ("won the league with Lyon", "had spells with Lyon"), is his playing days, unless the story also tells
him coaching there or the words are a coach's ("as coach"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_KELLER = "Valencia have appointed Jonas Keller as head coach. "


def _clubs(text: str, event: str = "in_charge") -> set[str]:
    return {club for person, club, _squad, ev in keys_of(text) if person == "Jonas Keller" and ev == event}


@pytest.mark.parametrize(
    ("text", "played", "coached"),
    [
        (
            _KELLER
            + "The one-time Lyon striker, who won two league titles with Lyon, managed Nantes and Rennes.",
            {"Lyon"},
            {"FC Nantes", "Rennes"},
        ),
        (
            "Valencia have appointed ex-Lyon striker Jonas Keller as head coach. Keller won two league "
            "titles with Lyon and later coached Nantes.",
            {"Lyon"},
            {"FC Nantes"},
        ),
        (
            "Valencia have appointed Jonas Keller, a former Sevilla midfielder, as head coach. He won the "
            "Europa League with Sevilla in 2006.",
            {"Sevilla"},
            set(),
        ),
        (
            _KELLER
            + "The 45-year-old former Lyon and Marseille midfielder had spells with Lyon and Marseille "
            "before coaching Nantes.",
            {"Lyon", "Olympique de Marseille"},
            {"FC Nantes"},
        ),
        (
            _KELLER
            + "Keller, the former defender of Lyon, won the league with Lyon in 2010 and later coached "
            "Nantes.",
            {"Lyon"},
            {"FC Nantes"},
        ),
        (
            _KELLER
            + "Keller, an ex defender of Lyon, won the league with Lyon in 2010 and later coached Nantes.",
            {"Lyon"},
            {"FC Nantes"},
        ),
        (
            _KELLER + "Keller, who played for Lyon and Marseille, won the league with Marseille before he "
            "moved into coaching at Nantes.",
            {"Olympique de Marseille"},
            set(),
        ),
    ],
)
def test_a_title_or_spell_at_his_playing_club_is_his_playing_days(
    text: str, played: set[str], coached: set[str]
) -> None:
    spells = _clubs(text)
    assert not played & spells
    assert coached <= spells


def test_a_former_player_appointed_at_his_old_club_keeps_the_appointment() -> None:
    text = "Sevilla have appointed former Sevilla midfielder Jonas Keller as head coach."
    assert "Sevilla" in _clubs(text, "appointed")


@pytest.mark.parametrize(
    "text",
    [
        # told as the club's coach: the title may be his as its coach
        "Lyon coach Jonas Keller, a former Lyon defender, won the league with Lyon last season.",
        _KELLER
        + "The former Lyon midfielder managed Lyon from 2015 to 2019 and won the league with Lyon in 2017.",
        # the words are a coach's
        _KELLER + "Keller, who played more than 200 games for Lyon, had three spells as coach of Lyon.",
        _KELLER + "Keller won the league with Lyon as coach in 2017. The former Lyon midfielder is 48.",
        _KELLER + "Keller, a former Lyon midfielder, won the league with Lyon as assistant coach in 2008.",
        # he played and coached there
        _KELLER + "Keller, the former Lyon player and coach, won the league with Lyon in 2012.",
    ],
)
def test_his_coaching_at_a_club_he_played_for_still_reads(text: str) -> None:
    assert "Lyon" in _clubs(text)


def test_a_title_at_another_club_still_reads() -> None:
    text = "Valencia have appointed former Lyon striker Jonas Keller. Keller won the league with Nantes."
    assert "FC Nantes" in _clubs(text)


def test_as_coach_of_the_next_move_does_not_make_the_earlier_spells_a_coachs():
    """'… before moving to C as coach': the title is the next post's, the spells before it stay a player's."""
    text = (
        "Rennes have appointed Paul Girard, the former Rennes defender. Girard had spells at Rennes and Metz "
        "before moving to Brest as coach."
    )
    spells = {(f["club"], f["event"]) for f in facts_of(text) if f["coach"] == "Paul Girard"}
    assert ("Rennes", "in_charge") not in spells
