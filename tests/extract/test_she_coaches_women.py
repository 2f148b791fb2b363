"""A coach the text calls 'she' (or 'the Swedish woman') holds women's posts where it names no squad:
'She previously coached Ajax and Twente' is their women's teams; 'He previously coached …' stays the first
team (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_clubs_she_coached_are_their_womens_sides() -> None:
    text = "Eva Jansen was unveiled by the club on Monday. She previously coached Ajax and Twente."
    keys = keys_of(text)
    assert ("Eva Jansen", "Ajax", "women", "in_charge") in keys
    assert ("Eva Jansen", "FC Twente", "women", "in_charge") in keys


def test_a_country_she_led_is_its_womens_team() -> None:
    text = "Linda Berg was named head coach of Norway on Monday. She had led Sweden from 2015 to 2019."
    keys = keys_of(text)
    assert ("Linda Berg", "Norway", "national_women", "appointed") in keys
    assert ("Linda Berg", "Sweden", "national_women", "in_charge") in keys


def test_a_woman_described_holds_a_womens_post() -> None:
    text = "Linda Berg was named head coach of Norway on Monday. The Swedish woman previously coached Malmo."
    assert ("Linda Berg", "Malmö FF", "women", "in_charge") in keys_of(text)


def test_the_clubs_he_coached_stay_their_first_teams() -> None:
    text = "Erik Jansen was unveiled by the club on Monday. He previously coached Ajax and Twente."
    keys = keys_of(text)
    assert ("Erik Jansen", "Ajax", "first_team", "in_charge") in keys
    assert ("Erik Jansen", "FC Twente", "first_team", "in_charge") in keys
