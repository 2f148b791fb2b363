"""Past coaching spells told in career sentences, written for these tests in our own words:
'the national teams of A and B', 'and led C to the title', 'C, whom he took to …', 'in charge on an
interim basis since …', 'was champion with C', 'the team was guided by X' — and a player's career,
which is not a coaching spell."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Hull City have appointed Tomas Wendt as manager. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a squad item with several owners: "the national teams of A and B"
        (
            _HIRED + "Wendt previously coached the national teams of Ghana and Mali.",
            {
                ("Tomas Wendt", "Ghana", "national", "in_charge"),
                ("Tomas Wendt", "Mali", "national", "in_charge"),
            },
        ),
        (
            _HIRED + "He has also managed Osasuna, Getafe and the national sides of Peru and Chile.",
            {
                ("Tomas Wendt", "Getafe", "first_team", "in_charge"),
                ("Tomas Wendt", "Peru", "national", "in_charge"),
                ("Tomas Wendt", "Chile", "national", "in_charge"),
            },
        ),
        (
            _HIRED + "He had earlier coached the youth teams of Ajax and PSV Eindhoven.",
            {
                ("Tomas Wendt", "Ajax", "youth", "in_charge"),
                ("Tomas Wendt", "PSV Eindhoven", "youth", "in_charge"),
            },
        ),
    ],
)
def test_career_spell_found(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "C and the national teams of …": C's own first team, not a national side
        (
            _HIRED + "He has also managed Getafe and the national teams of Peru and Chile.",
            ("Tomas Wendt", "Getafe", "national", "in_charge"),
        ),
    ],
)
def test_career_spell_not_found(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)
