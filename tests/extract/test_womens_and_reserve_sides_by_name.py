"""Women's and reserve sides named apart from their club ("Simba Queens", "Yanga Princess", "Crusaders
Strikers", "Pumas Tabasco"): the club's women's or reserve squad, not its first team. The first team named
beside them stays the first team. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SIDES = [
    ("Ivo Brandt, the coach of Simba Queens, joins the staff.", "Simba SC", "women"),
    ("Yanga Princess coach Ivo Brandt has signed a new deal.", "Young Africans SC", "women"),
    ("Crusaders Strikers boss Ivo Brandt has extended his contract.", "Crusaders FC", "women"),
    ("Ivo Brandt continues in charge of Pumas Tabasco.", "Pumas UNAM", "reserve"),
]


@pytest.mark.parametrize(("text", "club", "squad"), _SIDES, ids=["simba", "yanga", "crusaders", "tabasco"])
def test_side_named_apart_from_its_club(text: str, club: str, squad: str) -> None:
    keys = keys_of(text)
    assert any(k[:3] == ("Ivo Brandt", club, squad) for k in keys)
    assert not any(k[:3] == ("Ivo Brandt", club, "first_team") for k in keys)


def test_the_first_team_beside_them_stays_the_first_team() -> None:
    keys = keys_of("Simba SC have appointed Ivo Brandt as head coach of the first team.")
    assert ("Ivo Brandt", "Simba SC", "first_team", "appointed") in keys
