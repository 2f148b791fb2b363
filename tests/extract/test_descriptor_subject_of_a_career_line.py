"""A past post told of the man by a descriptor the reader did not know: a home town ('the Leeds native'), a
home region ('the Ligurian'), a career ('the journeyman'), a prefixed head ('the ex-international'), also
after an opening 'Before <club>' or 'In <region>' whose lone word is a place, not a person."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

LEAD = "Walsall have appointed Tom Ashby as their new manager on a two-year deal. "


def _spells(text: str) -> set[str]:
    facts = facts_of(LEAD + text, "2024-05-01")
    return {f["club"] for f in facts if f["coach"] == "Tom Ashby" and f["event"] == "in_charge"}


def test_home_town_native() -> None:
    assert "Hartlepool United" in _spells("The Durham native coached Hartlepool United for two seasons.")


def test_two_word_town_native_after_opening_club() -> None:
    text = "Before Gateshead, the Milton Keynes native managed Hartlepool United in the fifth tier."
    assert "Hartlepool United" in _spells(text)


def test_home_region() -> None:
    text = "The Ligurian has also managed Crewe Alexandra and Port Vale."
    assert {"Crewe Alexandra", "Port Vale"} <= _spells(text)


def test_journeyman() -> None:
    text = "The journeyman has coached Crewe Alexandra and Port Vale."
    assert {"Crewe Alexandra", "Port Vale"} <= _spells(text)


def test_ex_international_after_opening_region() -> None:
    text = "In Scandinavia the ex-international directed Brann and Molde."
    assert {"SK Brann", "Molde"} <= _spells(text)


def test_age_descriptor_after_opening_town() -> None:
    assert "Hartlepool United" in _spells("Before Keswick the 51-year-old trained Hartlepool United.")


def test_native_who_played_is_no_spell() -> None:
    # near-miss: the descriptor is read, but playing for a club is no coaching post
    text = "The Durham native played for Hartlepool United and Darlington."
    assert "Hartlepool United" not in _spells(text)


def test_opening_place_before_playing_is_no_spell() -> None:
    # near-miss: the opening word is a place, the clause tells a playing career
    assert "Hartlepool United" not in _spells("Before Keswick the 51-year-old played for Hartlepool United.")
