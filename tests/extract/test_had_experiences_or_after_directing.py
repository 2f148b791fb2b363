"""Career spells in translated copy: "then had experiences with A, B and C" (Italian "esperienze"), "arrives
after directing A and before that B" (Spanish "tras dirigir"), "after guiding C": a spell in charge of each
club. "Experience with" in the singular tells a skill, not a spell, and a spell told "as a player" is a
player's. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str) -> set[str]:
    return {f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Salernitana have appointed Fabio Liverani as coach. The 48-year-old guided Lecce to two "
            "promotions and then had experiences with Parma, Cagliari and Ternana.",
            "Fabio Liverani",
            {"Parma", "Cagliari", "Ternana"},
        ),
        (
            "Olimpia have hired Pablo Repetto as coach. Repetto arrives after directing Danubio and before "
            "that Defensor Sporting in Uruguay.",
            "Pablo Repetto",
            {"Danubio", "Defensor Sporting"},
        ),
        (
            "Lanus have appointed Ricardo Zielinski as coach. Zielinski comes after guiding Belgrano back "
            "to the top flight.",
            "Ricardo Zielinski",
            {"Belgrano"},
        ),
    ],
)
def test_translated_career_wording_is_a_spell(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Salernitana have appointed Fabio Liverani as coach. Liverani has experience with Parma's "
            "young players.",
            "Fabio Liverani",
            "Parma",
        ),
        (
            "Salernitana have appointed Fabio Liverani as coach. Liverani had experiences with Lazio and "
            "Fiorentina as a player.",
            "Fabio Liverani",
            "Lazio",
        ),
    ],
)
def test_no_spell_from_a_skill_or_a_playing_career(text: str, coach: str, club: str) -> None:
    assert club not in _spells(text, coach)
