"""'ex coach of C', 'the ex defender of A' (translated Spanish, Italian and Portuguese copy writes the
prefix apart): read as the "ex-" the rules know. "ex of A, B and C" (a career list) stays as written.
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.coreference import hyphened_ex


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Rui Lopes, ex coach of Peru, said no.", "Rui Lopes, ex-coach of Peru, said no."),
        ("Ex Benfica boss Rui Lopes said no.", "Ex-Benfica boss Rui Lopes said no."),
    ],
)
def test_ex_apart_is_hyphened_in_place(sentence: str, read: str) -> None:
    assert hyphened_ex(sentence) == read and len(read) == len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rui Lopes, ex of Braga and Porto, is the favourite.",  # a career list read by its own rule
        "The index rose by six points.",  # a word ending in "ex"
        "He thanked his ex, who came to the game.",
    ],
)
def test_ex_that_is_no_prefix_stays(sentence: str) -> None:
    assert hyphened_ex(sentence) == sentence


def test_ex_coach_of_a_national_team_is_a_past_spell() -> None:
    text = (
        "Nacional have appointed Diego Suárez as head coach. The board had also spoken with Rui Lopes, "
        "ex coach of the Peru selection, who preferred to wait."
    )
    assert ("Rui Lopes", "Peru", "national", "in_charge") in keys_of(text, "2024-06-02")
