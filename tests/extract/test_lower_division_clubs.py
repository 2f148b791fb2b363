"""Lower-division and small-federation clubs as local papers name them (reference data)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Harps", "Finn Harps"),
        ("Red Imps", "Lincoln Red Imps"),
        ("Greenville Triumph SC", "Greenville Triumph"),
        ("Club Deportivo Walter Ferretti", "Walter Ferretti"),
        ("FC Edinburgh", "Edinburgh City"),
        ("Finn Park", "Finn Harps"),
        ("Ochilview", "Stenhousemuir"),
    ],
)
def test_short_names_and_grounds_resolve(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name


_SHARED_WORDS = ["Kerry", "Cobh", "Omaha", "Bath", "Gloucester", "The Stones", "Triumph", "ÍA"]


@pytest.mark.parametrize("word", _SHARED_WORDS)
def test_towns_counties_and_words_are_context_only(word: str) -> None:
    assert lookup_club(word) is None


def test_a_town_alias_counts_once_the_club_is_named() -> None:
    text = (
        "Kerry FC have sacked manager Liam Doyle after a 4-0 defeat at Athlone Town. "
        "Doyle had been in charge of Kerry since the club's founding."
    )
    keys = keys_of(text)
    assert ("Liam Doyle", "Kerry FC", "first_team", "dismissed") in keys


def test_a_county_team_is_no_club_without_the_club_named() -> None:
    keys = keys_of("Peter Cronin, who joins from Kerry GAA, has been appointed fitness coach.")
    assert not any(club == "Kerry FC" for _, club, _, _ in keys)


def test_gibraltar_club_is_not_an_english_one() -> None:
    text = "Former Lincoln Red Imps coach Tomás Rey has been appointed Gibraltar Under-19 head coach."
    keys = keys_of(text)
    assert not any(club == "Lincoln City" for _, club, _, _ in keys)
    assert ("Tomás Rey", "Gibraltar", "national_u19", "appointed") in keys


@pytest.mark.parametrize(
    ("federation", "country"),
    [
        ("Lao Football Federation", "Laos"),
        ("Football Federation of Cambodia", "Cambodia"),
        ("Football Federation of Sri Lanka", "Sri Lanka"),
        ("Fenifut", "Nicaragua"),
        ("Gibraltar FA", "Gibraltar"),
    ],
)
def test_small_federations_name_their_team(federation: str, country: str) -> None:
    ref = lookup_club(federation)
    assert ref is not None and ref.name == country


def test_a_federation_names_the_country_of_its_womens_team() -> None:
    text = (
        "The Lao Football Federation has appointed Somsak Vongdara as head coach of the women's national "
        "team. He previously coached the women's side of a club in Vientiane."
    )
    assert ("Somsak Vongdara", "Laos", "national_women", "appointed") in keys_of(text)


def test_a_shared_federation_acronym_is_context_only() -> None:
    assert lookup_club("GFA") is None  # Ghana's and Gibraltar's
