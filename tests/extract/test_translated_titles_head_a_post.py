"""Translated copy's titles for a head coach heading his post: "was DT of A and of B" (Spanish "director
técnico"), "was selector of C" ("seleccionador"), "X, ex-technician of C" ("técnico"): a spell at each club,
like "was coach of C". Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Deportivo Cali have appointed Hernán Rivas as head coach. "


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        ("Rivas was also DT of Millonarios and of Once Caldas.", "Millonarios", "first_team"),
        ("Rivas was also DT of Millonarios and of Once Caldas.", "Once Caldas", "first_team"),
        ("In Peru he was the DT of Sporting Cristal.", "Sporting Cristal", "first_team"),
        ("Earlier Rivas was selector of Bolivia.", "Bolivia", "national"),
        (
            "The names of Rivas, ex-technician of Millonarios, and of two others were mentioned.",
            "Millonarios",
            "first_team",
        ),
    ],
)
def test_translated_title_heads_a_spell(text: str, club: str, squad: str) -> None:
    assert ("Hernán Rivas", club, squad, "in_charge") in keys_of(_NEWS + text)


@pytest.mark.parametrize(
    "text",
    [
        "Rivas's father was selector of Bolivia in the 1990s.",
        "Rivas was named technician of the year by the Bolivian press.",
        # English "a selector": a seat on a selection panel, not the head coach's post
        "Rivas was a selector of Bolivia's under-17 squad for the World Cup.",
    ],
)
def test_no_spell_of_his_own(text: str) -> None:
    assert not any(k[0] == "Hernán Rivas" and k[1] == "Bolivia" for k in keys_of(_NEWS + text))
