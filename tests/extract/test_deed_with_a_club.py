"""A spell told by a deed with the club: a final reached ("reached two finals of the Europa League with
C", "reached the semi-finals of the Champions League with C") and a title won after an earlier post ("X
coached A and B, before winning two league titles with C"): X coached C (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Brentford have named Omar Lindqvist as head coach. "


def _spells(text: str) -> set[str]:
    return {
        club
        for person, club, _squad, event in keys_of(_LEAD + text)
        if person == "Omar Lindqvist" and event == "in_charge"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Lindqvist reached two finals of the Europa League with Real Betis.",
        "Lindqvist reached the semi-finals of the Champions League with Real Betis in 2019.",
        "Lindqvist reached the final of the Copa del Rey with Real Betis.",
        "Lindqvist coached Elche and Osasuna, before winning two league titles with Real Betis.",
        "Lindqvist spent four seasons at Elche before winning the cup with Real Betis last year.",
    ],
)
def test_deed_with_a_club_is_a_spell_there(text: str) -> None:
    assert "Real Betis" in _spells(text)


@pytest.mark.parametrize(
    "text",
    [
        # no final reached: an agreement, in the last hours
        "Lindqvist reached an agreement with Real Betis in the final hours of the window.",
        # a player's final
        "Lindqvist, who reached the World Cup final with Sweden as a player, coached Elche.",
        # before the man won something elsewhere, another man's deed
        "Lindqvist replaced Tim Baird, who coached Elche before winning the title with Real Betis.",
    ],
)
def test_no_spell_read(text: str) -> None:
    assert not _spells(text) & {"Real Betis", "Sweden"}
