"""'The man known as Big Gaz has had spells at A and B': a nickname the text gives a descriptor after
'known as', 'nicknamed' or 'dubbed' is another name of the man in view, no person of its own; his spells
are the man's. Not 'best known as Y's assistant' (Y is another man), nor a nickname given right after the
man's own name (it tells who it stands for later), nor a team's name (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, spells_of

from pipeline.extract.coreference import blank_nickname

_LEAVES = "Northfield Town have parted company with Gary Pell by mutual consent after two years. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The man known as Big Gaz has had a long career, with spells at Brentford and Gillingham.",
        "The veteran, nicknamed Big Gaz, has had spells at Brentford and Gillingham.",
        "The 58-year-old, dubbed 'Big Gaz' by supporters, previously managed Brentford and Gillingham.",
    ],
)
def test_spells_after_a_nickname_are_the_mans(sentence: str) -> None:
    keys = keys_of(_LEAVES + sentence)
    assert spells_of(_LEAVES + sentence, "Gary Pell") >= {"Brentford", "Gillingham"}
    assert not any(coach == "Big Gaz" for coach, *_rest in keys)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a man's name before a possessive is no nickname: the aide's boss
        ("He is best known as Ray Hunt's assistant at Crewe.", "Ray Hunt"),
        # a nickname given right after the man's own name tells who it stands for later: kept
        ("Pedro Ruiz, known as 'Pedrito', takes over.", "'Pedrito'"),
        ("Ruiz, affectionately nicknamed Pedrito, takes over.", "Pedrito"),
        # a team's name given after 'known as' is kept
        ("He coaches the national team, known as the Red Hawks.", "Red Hawks"),
        ("He led the club, then known as Riverside Rovers, to the title.", "Riverside Rovers"),
        # a run that goes on past three capitalised words is left alone
        ("The trophy known as Copa Del Rey Santa Ana stays.", "Copa Del Rey Santa Ana"),
    ],
)
def test_names_that_are_no_nicknames_stay(sentence: str, kept: str) -> None:
    assert kept in blank_nickname(sentence)


def test_a_nickname_is_blanked_in_place() -> None:
    sentence = "The man known as Big Gaz has had spells at Brentford."
    blanked = blank_nickname(sentence)
    assert len(blanked) == len(sentence)
    assert "Big Gaz" not in blanked
    assert blanked.startswith("The man known as ")
    assert "Pedrito" not in blank_nickname("The Spaniard's coach, widely known as 'Pedrito', takes over.")


def test_the_aides_boss_keeps_his_spell() -> None:
    text = "Northfield Town have named Tom Reese as boss. He is best known as Ray Hunt's assistant at Crewe."
    assert ("Ray Hunt", "Crewe Alexandra", "first_team", "in_charge") in keys_of(text)
