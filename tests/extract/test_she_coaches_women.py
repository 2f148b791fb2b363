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


def test_her_past_club_is_its_womens_side_beside_a_lead_club() -> None:
    text = "Aston Villa have appointed Eva Jansen as head coach. She previously coached Ajax and Twente."
    keys = keys_of(text)
    assert ("Eva Jansen", "Ajax", "women", "in_charge") in keys
    assert ("Eva Jansen", "Aston Villa", "first_team", "appointed") in keys


# near-misses: a woman at a men's side (the reviewer's probes, real appointments): the story's club the
# lead opens on, with no word of women's football, stays its first team


def test_the_first_female_head_coach_of_a_professional_side() -> None:
    text = (
        "FC Ingolstadt have appointed Sabrina Wittmann as head coach. She had been in interim charge since "
        "October and becomes the first female head coach in German professional football."
    )
    squads = {k[2] for k in keys_of(text) if k[0] == "Sabrina Wittmann"}
    assert squads == {"first_team"}


def test_the_first_woman_to_take_charge_of_a_mens_team() -> None:
    text = (
        "Forest Green Rovers have named Hannah Dingley as caretaker head coach. She previously coached the "
        "club's academy and becomes the first woman to take charge of a professional men's team in England."
    )
    keys = keys_of(text)
    assert ("Hannah Dingley", "Forest Green Rovers", "first_team", "appointed") in keys
    assert not any(k[2] == "women" for k in keys)


def test_she_joins_the_staff_of_the_lead_club() -> None:
    text = (
        "Union Berlin have appointed Steffen Baumgart as head coach. Marie-Louise Eta joins his staff as "
        "assistant coach; she previously worked with the club's under-19s."
    )
    keys = keys_of(text)
    assert ("Marie-Louise Eta", "1. FC Union Berlin", "first_team", "appointed") in keys
    assert not any(k[2] == "women" for k in keys)


def test_a_womens_side_she_led_elsewhere_says_nothing_of_the_lead_club() -> None:
    text = (
        "Clermont Foot have appointed Corinne Diacre. The former France women's coach said she was delighted "
        "to return to Clermont, where she coached from 2014 to 2017."
    )
    keys = keys_of(text)
    assert ("Corinne Diacre", "Clermont Foot", "first_team", "appointed") in keys
    assert not any(k[1] == "Clermont Foot" and k[2] == "women" for k in keys)
