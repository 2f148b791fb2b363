"""A nationality written before a name is no part of it: the demonyms of the smaller football countries
('the Gambian Tom Hale', 'the Kosovar …') and those of two words ('the Costa Rican …', 'the Sierra Leonean
…', 'the New Zealander …'). A place ('New York'), the country itself ('Costa Rica') and a nationality
with no name after it are no person. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


@pytest.mark.parametrize(
    "nationality",
    ["Gambian", "Liberian", "Somali", "Kosovar", "Nicaraguan", "Costa Rican", "Sierra Leonean",
     "Cape Verdean", "Sri Lankan", "New Zealander"],
)  # fmt: skip
def test_the_name_after_a_nationality(nationality: str) -> None:
    keys = keys_of(f"Mexico appointed the {nationality} Tom Hale as head coach on Monday.")
    assert ("Tom Hale", "Mexico", "national", "appointed") in keys


def test_nationality_of_two_words_before_an_aide() -> None:
    sentence = "She arrives with her assistant, the Costa Rican Randall Mora, who worked with her before."
    assert [m.text for m in run_mentions(sentence, set()) if m.kind == "P"] == ["Randall Mora"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Costa Rican coach left for a club in the United States.",
        "He had played in New York and in Costa Rica.",
        "The New Zealander scored twice.",
    ],
)
def test_places_countries_and_bare_nationalities_are_nobody(sentence: str) -> None:
    assert not [m for m in run_mentions(sentence, set()) if m.kind == "P"]
