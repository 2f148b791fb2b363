"""An aide's spells beside a named head coach: "had been Y's assistant at A and earlier at B", 'spent
seasons on Y's staff at C', 'spent years as Y's assistant at A, B and C' — both men get each club."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rayo named Inigo Perez as coach. Perez, 35, knows the squad well, having been Iraola's "
            "assistant both at Rayo Vallecano and previously at Mirandés.",
            {("Inigo Perez", "Mirandés", "in_charge"), ("Andoni Iraola", "Mirandés", "in_charge")},
        ),
        (
            "Brentford named Keith Andrews as head coach. Andrews had been Thomas Frank's assistant at "
            "Brentford and earlier at Brondby.",
            {("Keith Andrews", "Brøndby IF", "in_charge"), ("Thomas Frank", "Brøndby IF", "in_charge")},
        ),
    ],
)
def test_aide_at_two_clubs(text, expected):
    assert expected <= events_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nashville SC hired Dan Fry as its coach. The 39-year-old had spent four seasons on Ben "
            "Olsen's staff at Houston Dynamo.",
            ("Ben Olsen", "Houston Dynamo", "in_charge"),
        ),
        (
            "Leeds named Mark Bond as assistant. Bond previously joined Ange Postecoglou's staff at Celtic.",
            ("Ange Postecoglou", "Celtic", "in_charge"),
        ),
    ],
)
def test_member_of_a_head_coachs_staff_at_a_club(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize(
    ("text", "aide_clubs", "boss"),
    [
        # "spent years as Y's assistant at A, B and C": both men at each club, the aide as assistant
        (
            "Valencia have appointed Marc Riba. The Catalan spent years as Pep Lluís's assistant at Girona, "
            "Osasuna and Espanyol before following him to Qatar.",
            ["Girona", "Osasuna", "Espanyol"],
            "Pep Lluís",
        ),
        # "two spells as an assistant to Y, at A and then with B"
        (
            "Valencia have appointed Marc Riba. His coaching career has amounted to two spells as an "
            "assistant to Pep Lluís, at Girona and then with Osasuna.",
            ["Girona", "Osasuna"],
            "Pep Lluís",
        ),
        # "served as Y's number two at A"
        (
            "Valencia have appointed Marc Riba. Riba served as Pep Lluís's number two at Girona.",
            ["Girona"],
            "Pep Lluís",
        ),
    ],
)
def test_aide_of_a_named_boss_at_clubs(text: str, aide_clubs: list[str], boss: str) -> None:
    keys = keys_of(text)
    for club in aide_clubs:
        assert any(k[0] == "Marc Riba" and club in k[1] and k[3] == "in_charge" for k in keys)
        assert any(k[0] == boss and club in k[1] and k[3] == "in_charge" for k in keys)
