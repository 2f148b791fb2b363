"""Clubs added to the reference data: Uzbekistan's Super League regulars and single clubs the coverage had
left out (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("name", "club"),
    [
        ("Pakhtakor", "Pakhtakor Tashkent"),
        ("Navbahor", "Navbahor Namangan"),
        ("FC Nasaf", "FC Nasaf"),
        ("San Diego Loyal", "San Diego Loyal SC"),
        ("FC Liefering", "FC Liefering"),
        ("Audace Cerignola", "Audace Cerignola"),
    ],
)
def test_added_club_is_read(name: str, club: str) -> None:
    keys = keys_of(f"{name} have appointed Oleg Marin as head coach on a two-year deal.")
    assert ("Oleg Marin", club, "first_team", "appointed") in keys


def test_tyreso_women_named_so() -> None:
    # Tyresö FF fields a men's side too (review 18): its women's team is the one the words name so
    keys = keys_of("Tyresö FF Women have appointed Anna Berg as head coach.")
    assert ("Anna Berg", "Tyresö FF", "women", "appointed") in keys


def test_tyresos_mens_team_is_not_the_womens() -> None:
    keys = keys_of("Tyresö FF have appointed Erik Berg as head coach of their men's team.")
    assert ("Erik Berg", "Tyresö FF", "women", "appointed") not in keys


def test_the_baku_neftchi_stays_azerbaijani() -> None:
    # near-miss: the Fergana club is named in full only; a bare "Neftchi Baku" is the Azerbaijani club
    keys = keys_of("Neftchi Baku have appointed Oleg Marin as head coach.")
    assert not any(k[1] == "Neftchi Fergana" for k in keys)
