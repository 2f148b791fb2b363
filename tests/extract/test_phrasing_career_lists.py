"""Career lists and coordinated spells: club lists after a coaching verb (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- an ambiguous alias or an unknown club inside a list does not end it ------------------------


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            "Unai Emery has coached Valencia, Athletic, Sevilla, Arsenal and Villarreal.",
            ("Valencia", "Athletic Bilbao", "Sevilla", "Arsenal", "Villarreal"),
        ),
        (
            "Antonio Conte previously managed Juventus, Inter, Chelsea and Tottenham.",
            ("Juventus", "Inter Milan", "Chelsea", "Tottenham Hotspur"),
        ),
        (
            "Rafael Benítez has managed Liverpool, Inter, Chelsea, Napoli, Real, Newcastle and Everton.",
            ("Liverpool", "Inter Milan", "Chelsea", "Napoli", "Real Madrid", "Everton"),
        ),
    ],
)
def test_an_ambiguous_alias_between_two_listed_clubs_is_that_club(text: str, clubs: tuple[str, ...]) -> None:
    keys = keys_of(text)
    person = text.split(" has ")[0].split(" previously ")[0]
    for club in clubs:
        assert (person, club, "first_team", "in_charge") in keys, club


def test_an_unknown_club_in_the_list_keeps_it_going() -> None:
    keys = keys_of("Roberto Martínez previously coached Swansea, Wigan, Kolkheti Poti and Everton.")
    for club in ("Swansea City", "Wigan Athletic", "Everton"):
        assert ("Roberto Martínez", club, "first_team", "in_charge") in keys, club


def test_an_ambiguous_alias_outside_a_list_stays_unresolved() -> None:
    keys = keys_of("Erik ten Hag has coached Ajax. He said Inter were the better side.")
    assert not any(k[1] == "Inter Milan" for k in keys)
