"""The top divisions of Estonia, Latvia and Lithuania (2022-2025): a club named bare is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Levadia have appointed Mart Kask as head coach.", "FCI Levadia"),
        ("Sūduva sacked coach Tomas Petrauskas on Monday.", "FK Sūduva"),
        ("Flora Tallinn have named Rein Saar as their new coach.", "FC Flora"),
        ("RFS have appointed Janis Ozols as head coach until 2027.", "FK RFS"),
        ("Kauno Žalgiris parted ways with coach Linas Vaitkus.", "FK Kauno Žalgiris"),
    ],
)
def test_a_league_club_named_bare_is_read(text: str, club: str) -> None:
    assert any(k[1] == club and k[0] in text and k[2] == "first_team" for k in keys_of(text))


@pytest.mark.parametrize(
    # a given name, towns and the basketball club's name: never a club on their own
    "word",
    ["Flora", "Paide", "Liepāja", "Žalgiris", "Valmiera", "Banga"],
)
def test_names_and_towns_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
