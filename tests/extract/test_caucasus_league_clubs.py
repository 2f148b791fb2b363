"""The top divisions of Georgia and Armenia (2022-2025): a club named bare is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Pyunik have appointed Arman Sargsyan as head coach.", "FC Pyunik"),
        ("Dinamo Tbilisi sacked coach Levan Beridze on Monday.", "Dinamo Tbilisi"),
        ("Alashkert have named Arman Sargsyan as their new coach.", "FC Alashkert"),
        ("Torpedo Kutaisi parted ways with coach Giorgi Kapanadze.", "Torpedo Kutaisi"),
    ],
)
def test_a_league_club_named_bare_is_read(text: str, club: str) -> None:
    assert any(k[1] == club and k[0] in text and k[2] == "first_team" for k in keys_of(text))


def test_a_club_named_for_its_country_is_the_club() -> None:
    keys = keys_of("Ararat-Armenia have appointed Arman Sargsyan as head coach.")
    assert ("Arman Sargsyan", "FC Ararat-Armenia", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    # a given name, a town and an acronym: never a club on their own
    "word",
    ["Noah", "Telavi", "Dila", "BKMA"],
)
def test_names_and_towns_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
