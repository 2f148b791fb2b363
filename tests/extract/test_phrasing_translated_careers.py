"""Careers told in translated wording, written for these tests in our own words: career verbs ('had
directed the selection of A', 'commanded the B', 'had worked at C and at the D'), list items a
descriptor introduces ('as well as Dutch clubs E and F', 'a string of Greek clubs, including …'), and
coaching debuts ('as head trainer he debuted in the C'); a player's training or debut is no spell."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Hull City have appointed Tomas Wendt as manager. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # translated career verbs: directed / commanded / trained / worked at, with their list
        (
            _HIRED + "Before that, Wendt had directed the selection of Peru and the club of Alianza Lima.",
            {
                ("Tomas Wendt", "Peru", "national", "in_charge"),
                ("Tomas Wendt", "Alianza Lima", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Earlier he commanded the Benfica between 2015 and 2017 and the Valencia, of Spain.",
            {
                ("Tomas Wendt", "Benfica", "first_team", "in_charge"),
                ("Tomas Wendt", "Valencia", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Previously he had trained, among the others, the Torino and the Udinese.",
            {
                ("Tomas Wendt", "Torino", "first_team", "in_charge"),
                ("Tomas Wendt", "Udinese", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Wendt had worked at Mainz and at the 1. FC Nürnberg before that.",
            {
                ("Tomas Wendt", "1. FSV Mainz 05", "first_team", "in_charge"),
                ("Tomas Wendt", "1. FC Nürnberg", "first_team", "in_charge"),
            },
        ),
        # an aside with a club in it ("with which he won the Italy Cup") does not end the list
        (
            _HIRED + "He had trained the Sampdoria, with which he won the Italy Cup in 2012, and the Genoa.",
            {
                ("Tomas Wendt", "Sampdoria", "first_team", "in_charge"),
                ("Tomas Wendt", "Genoa", "first_team", "in_charge"),
            },
        ),
        # "the national teams of A and B as well as French clubs C and D": the clubs are club squads
        (
            _HIRED + "He had coached the national teams of Ghana and Mali"
            " as well as Dutch clubs Utrecht and Twente.",
            {
                ("Tomas Wendt", "Ghana", "national", "in_charge"),
                ("Tomas Wendt", "Mali", "national", "in_charge"),
                ("Tomas Wendt", "FC Utrecht", "first_team", "in_charge"),
                ("Tomas Wendt", "FC Twente", "first_team", "in_charge"),
            },
        ),
        # "a string of Greek clubs, including A, B and C"
        (
            _HIRED + "Since retiring, he has managed a string of Greek clubs,"
            " including Panionios, Levadiakos and Atromitos.",
            {
                ("Tomas Wendt", "Levadiakos", "first_team", "in_charge"),
                ("Tomas Wendt", "Panionios", "first_team", "in_charge"),
                ("Tomas Wendt", "Atromitos", "first_team", "in_charge"),
            },
        ),
    ],
)
def test_translated_career_lists(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player's training or work is no coaching spell: "trained with", "worked as a pundit"
        _HIRED + "As a youngster Wendt trained with Torino and worked as a pundit for Sky.",
        # a place after a bare space is no list item: "coached Utrecht in Holland"
        _HIRED + "He had worked at Utrecht in Holland.",
    ],
)
def test_no_spell_without_a_coached_club(text: str) -> None:
    keys = keys_of(text)
    assert not any(club in ("Torino", "Netherlands") for _, club, _, _ in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Rui Sardinha was named coach of Nacional. As main trainer he debuted in the Boavista in 2016/17.",
        "Rui Sardinha was named coach of Nacional. As a head coach, Sardinha debuted at Boavista in 2016.",
        "Rui Sardinha was named coach of Nacional. Sardinha debuted as head coach with the Boavista in 2016.",
    ],
)
def test_coaching_debut_is_a_spell(text: str) -> None:
    assert ("Rui Sardinha", "Boavista", "first_team", "in_charge") in keys_of(text)


def test_player_debut_is_no_spell() -> None:
    text = "Rui Sardinha was named coach of Nacional. As a player he debuted in the Boavista in 1998."
    assert ("Rui Sardinha", "Boavista", "first_team", "in_charge") not in keys_of(text)
