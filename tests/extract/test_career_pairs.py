"""Spells told only by a career verb right before a club ("previously head coach of A", "began his
coaching career at B", "coached A, B and C"): low-confidence in_charge facts for a coach the article
reports on, for clubs no pattern told anything about. Opponents, places, leagues and players' clubs
are not spells."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

LEAD = "Brentwick Town have appointed Tom Reid as head coach. "


def _spells(text: str) -> set[str]:
    return {f["club"] for f in facts_of(text) if f["coach"] == "Tom Reid" and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Reid was previously caretaker coach of Bayern Munich in 2011.", "Bayern Munich"),
        ("The Englishman had previously only been a head coach at Dutch club Heerenveen.", "SC Heerenveen"),
        ("Born in Leeds, Reid began his coaching career at Hibernian.", "Hibernian"),
        ("Reid, formerly manager of Motherwell, has signed a two-year deal.", "Motherwell"),
    ],
)
def test_a_career_verb_before_a_club_is_a_spell(sentence: str, club: str) -> None:
    assert club in _spells(LEAD + sentence)


def test_the_spell_is_low_confidence_and_dated_when_the_clause_says_since() -> None:
    facts = facts_of(LEAD + "Reid had been in charge of Motherwell since 2019 before the move.")
    (spell,) = [f for f in facts if f["club"] == "Motherwell" and f["event"] == "in_charge"]
    assert spell["date"] == "2019-01-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Reid led Brentwick to a 3-0 win over Motherwell in his first game.",  # an opponent
        "Reid played for Motherwell and Hibernian before he turned to coaching.",  # a player's clubs
        "Reid led Brentwick into Sweden's top flight last season.",  # a country's league
    ],
)
def test_opponents_leagues_and_playing_clubs_are_not_spells(sentence: str) -> None:
    assert not _spells(LEAD + sentence) - {"Brentwick Town"}


def test_a_pair_is_kept_only_for_a_coach_reported_on_and_a_club_nothing_told() -> None:
    from pipeline.extract.career_facts import unclaimed_career_pairs
    from pipeline.extract.facts import Context, Fact

    def spell(coach: str, club: str) -> Fact:
        return Fact(coach, club, "first_team", "head_coach", "in_charge", 0.4, 1, 0)

    told = Fact("Tom Reid", "Brentwick Town", "first_team", "head_coach", "appointed", 0.9, 0, 0)
    ctx = Context()
    ctx.fallbacks = [
        spell("Tom Reid", "Motherwell"),
        spell("Tom Reid", "Brentwick Town"),
        spell("Alan Crane", "Hibernian"),
    ]
    kept = unclaimed_career_pairs([told], ctx)
    assert [(f.coach, f.club) for f in kept] == [("Tom Reid", "Motherwell")]
