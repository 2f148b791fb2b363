"""Translated copy calls the men's under-23 side "the Olympic selection" (French "la sélection
olympique", Spanish "la selección olímpica"): the national under-23 team, also in a story that names the
country's women's team; a women's Olympic team is the senior women's side, no age group."""

from __future__ import annotations

from extract_helpers import keys_of


def test_olympic_selection_is_the_under_23_side():
    text = (
        "Dakar - The federation has confirmed Mamadou Fall as head coach of Senegal's national team. "
        "Before that, Fall had directed the Olympic selection."
    )
    keys = keys_of(text)
    assert ("Mamadou Fall", "Senegal", "national_u23", "in_charge") in keys


def test_olympic_selection_in_a_story_about_the_womens_team():
    text = (
        "Rabat - The federation renewed the contract of Samira Alaoui, coach of the women's national team "
        "of Morocco, until 2027. The federation also confirmed that Karim Bennis remains at the head of the "
        "Olympic selection."
    )
    keys = keys_of(text)
    assert ("Karim Bennis", "Morocco", "national_u23", "in_charge") in keys
    assert ("Karim Bennis", "Morocco", "national_women_u23", "in_charge") not in keys


def test_womens_age_group_told_after_the_age_is_still_womens():
    """Near miss: "under-23 women" with no Olympic word keeps its women's word."""
    text = (
        "Australia have appointed Kate Lowry as head coach of the women's national team. "
        "Lowry has also led Australia's under-23 women since 2022."
    )
    keys = keys_of(text)
    assert ("Kate Lowry", "Australia", "national_u23", "in_charge") not in keys


def test_selecting_players_for_the_olympics_is_no_squad():
    """Near miss: 'an Olympic selection' of players names no side a coach leads."""
    text = "Spain have appointed Pablo Ortiz as head coach. Ortiz made his Olympic selection on Friday."
    keys = keys_of(text)
    assert not any(k[2] == "national_u23" for k in keys)


def test_olympic_team_of_the_womens_coach_is_the_womens_side():
    """The women's coach who 'led the Olympic team' led the senior women's side (no age group at the
    women's Olympic tournament); the men's Olympic side of another man stays the under-23s (above)."""
    text = (
        "Carla Souza has extended her contract with Portugal's women's national team until 2027. "
        "Souza led the Olympic team to the quarter-finals in Tokyo."
    )
    keys = keys_of(text, title="Portugal women's coach Carla Souza extends contract")
    assert ("Carla Souza", "Portugal", "national_women", "in_charge") in keys
    assert not any(k[0] == "Carla Souza" and k[2] in ("national_u23", "national_women_u23") for k in keys)
