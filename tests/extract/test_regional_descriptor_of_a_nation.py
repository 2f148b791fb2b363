"""A descriptor naming a man's home region ("the Catalan", "the Bavarian", "the Corsican") is read as
the man the story gave that region's country ("Spaniard X", "German Y"), not as whoever was named last;
where nobody was given that country, the reading is left as it was."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, read_as

from pipeline.extract.people import nationalities


@pytest.mark.parametrize(
    ("descriptor", "country"),
    [
        ("The Catalan", "spanish"),
        ("the Bavarian", "german"),
        ("the Corsican", "french"),
        ("the Fleming", "belgian"),
    ],
)
def test_region_names_its_country(descriptor: str, country: str) -> None:
    assert country in nationalities(descriptor)


def test_region_shared_by_two_countries_names_none() -> None:
    assert nationalities("the Basque") == frozenset({"basque"})


ARRIVAL = (
    "Harwick Rovers have named Spaniard Jordi Puig as their new head coach, a fortnight after parting "
    "ways with Tom Ellery. Puig, 41, has signed until 2028 and takes his first game in the cup final. "
)


def test_regional_descriptor_is_the_man_of_that_country(monkeypatch) -> None:
    text = ARRIVAL + "The Catalan previously coached Real Valladolid and worked as an assistant at Girona."
    assert read_as(text, "The Catalan", monkeypatch) == ["Jordi Puig"]
    keys = keys_of(text)
    assert ("Jordi Puig", "Real Valladolid", "first_team", "in_charge") in keys
    assert not any(k[0] == "Tom Ellery" and k[1] == "Real Valladolid" for k in keys)


def test_regional_descriptor_of_another_country_is_not_him(monkeypatch) -> None:
    # nobody in the story is German: "the Bavarian" is not made Puig
    text = ARRIVAL + "The Bavarian previously coached Real Valladolid."
    assert "Jordi Puig" not in read_as(text, "The Bavarian", monkeypatch)
