"""National League North and South (2021-22 to 2024-25): a club named in full is that club, and a
town's second club is not the town's better-known one.

Invented sentences; the clubs are real members of those divisions (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Bradford Park Avenue have appointed Martin Cregg as manager.", "Bradford Park Avenue"),
        ("Curzon Ashton sacked manager Dean Pratley on Saturday night.", "Curzon Ashton"),
        ("Peterborough Sports have named Lee Barwick as their new manager.", "Peterborough Sports"),
        ("Hampton & Richmond Borough parted company with manager Neil Ellery.", "Hampton & Richmond Borough"),
        ("Farsley Celtic have hired Craig Denton as first-team manager.", "Farsley Celtic"),
    ],
)
def test_a_division_club_is_read(text: str, club: str) -> None:
    keys = keys_of(text)
    assert any(k[1] == club and k[0] in text and k[2] == "first_team" for k in keys)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Bradford Park Avenue have appointed Martin Cregg as manager.", "Bradford City"),
        ("Peterborough Sports have named Lee Barwick as their new manager.", "Peterborough United"),
    ],
)
def test_a_towns_other_club_is_not_the_listed_one(text: str, wrong: str) -> None:
    assert not {k for k in keys_of(text) if k[1] == wrong}


@pytest.mark.parametrize(
    # towns, surnames and words: never a club on their own
    "word",
    ["Warrington", "Radcliffe", "Hampton", "Marine", "Salisbury", "Weston-super-Mare", "Telford"],
)
def test_towns_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None
