"""Grounds and club homes that the local press names a club by ("leaves the Schützenwiese", "back at the
Pirelli Stadium", "took over at Naturena", "won two titles at Lugogo"): reference data, and a spell told
through one. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("ground", "club"),
    [
        ("Schützenwiese", "FC Winterthur"),
        ("Pirelli Stadium", "Burton Albion"),
        ("Bingoal Stadion", "ADO Den Haag"),
        ("Cars Jeans Stadion", "ADO Den Haag"),
        ("Bosuil", "Royal Antwerp"),
        ("Naturena", "Kaizer Chiefs"),
        ("Lugogo", "KCCA FC"),
        ("Bułgarska Street", "Lech Poznań"),
    ],
)
def test_ground_names_its_club(ground: str, club: str) -> None:
    ref = lookup_club(ground)
    assert ref is not None and ref.name == club


@pytest.mark.parametrize("word", ["Pirelli", "Bingoal", "Cars Jeans", "Street"])
def test_a_sponsor_or_a_street_word_alone_is_no_club(word: str) -> None:
    assert lookup_club(word) is None


def test_a_man_leaving_a_ground_leaves_its_club() -> None:
    keys = keys_of("Head coach Marco Lindt leaves the Schützenwiese after two seasons.", "2024-06-02")
    assert ("Marco Lindt", "FC Winterthur", "first_team", "left") in keys


def test_a_ground_is_never_read_as_a_man() -> None:
    keys = keys_of("His successor at the Schützenwiese is Dario Keller.", "2024-06-02")
    assert not any(coach == "Schützenwiese" for coach, *_ in keys)
