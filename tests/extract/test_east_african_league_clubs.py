"""The top divisions of Kenya, Uganda, Rwanda, Ethiopia and Tanzania: a club named bare is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Bandari have appointed Jonas Mwale as head coach.", "Bandari FC"),
        ("Shabana parted ways with coach Peter Otieno on Monday.", "Shabana FC"),
        ("Kiyovu have named Didier Habimana as their new coach.", "Kiyovu Sports"),
        ("Fasil Kenema sacked head coach Dawit Alemu after the derby.", "Fasil Kenema SC"),
        ("Coastal Union have hired Salum Mrisho as head coach.", "Coastal Union"),
        ("Wakiso Giants have appointed Moses Kato as head coach.", "Wakiso Giants"),
    ],
)
def test_a_league_club_named_bare_is_read(text: str, club: str) -> None:
    """The coach's post is at the club the sentence names first, not lost for want of a club."""
    assert any(k[1] == club and k[0] in text and k[2] == "first_team" for k in keys_of(text))


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Homeboyz", "Kakamega Homeboyz"),
        ("Ethiopia Bunna", "Ethiopian Coffee SC"),
        ("Singida Big Stars", "Fountain Gate FC"),
        ("Ihefu", "Singida Black Stars"),
        ("Mukura Victory Sports", "Mukura Victory Sports"),
    ],
)
def test_names_the_press_uses(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name and ref.country in {"Kenya", "Ethiopia", "Tanzania", "Rwanda"}


@pytest.mark.parametrize(
    "word",
    # ordinary words, towns and acronyms of other things: never a club on their own
    ["Express", "Sunrise", "Marines", "Kakamega", "Dodoma", "KCB", "Adama", "Gaddafi"],
)
def test_words_and_towns_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None


def test_a_newspaper_is_no_club() -> None:
    keys = keys_of("The Express reported that Gor Mahia have appointed Jonas Mwale as head coach.")
    assert {(c, k) for c, k, _, _ in keys} == {("Jonas Mwale", "Gor Mahia")}
