"""An aide joins his boss in the squad the story appointed the boss to (a youth, reserve or national
youth side), and a squad named before 'coach of C' is C's."""

from __future__ import annotations

from extract_helpers import keys_of

# --- the aide of a boss appointed to a youth or national youth squad -------------------------------


def test_aide_of_a_national_under_21_coach_joins_that_squad():
    text = (
        "The federation named Pieter Raaijmakers as coach of the Netherlands Under-21 team on Tuesday. "
        "Raaijmakers will be assisted by Joost Verhagen."
    )
    keys = keys_of(text)
    assert ("Joost Verhagen", "Netherlands", "national_u21", "appointed") in keys
    assert ("Joost Verhagen", "Netherlands", "national", "appointed") not in keys


def test_his_assistant_of_a_new_under_21_coach():
    text = (
        "Marek Dobrowolski is the new coach of the Poland Under-21 team, the federation announced. "
        "His assistant will be Tomasz Zielak, until now an analyst of the federation."
    )
    assert ("Tomasz Zielak", "Poland", "national_u21", "appointed") in keys_of(text)


def test_aide_of_a_club_under_19_coach():
    text = (
        "Ajax appointed Ruud Vermeer as their new under-19 coach on Tuesday. "
        "Vermeer will be assisted by Kees Dirksen."
    )
    assert ("Kees Dirksen", "Ajax", "u19", "appointed") in keys_of(text)


def test_aide_of_a_senior_coach_stays_with_the_first_team():
    text = "Ajax appointed Ruud Vermeer as head coach on Tuesday. Vermeer will be assisted by Kees Dirksen."
    keys = keys_of(text)
    assert ("Kees Dirksen", "Ajax", "first_team", "appointed") in keys
    assert not any(k[0] == "Kees Dirksen" and k[2] != "first_team" for k in keys)


# --- "the former under-19 coach of C": the squad is C's ------------------------------------------


def test_squad_coach_of_a_club_binds_the_squad_to_that_club():
    text = (
        "Ajax appointed Ruud Vermeer as head coach on Tuesday. "
        "Vermeer will be assisted by Kees Dirksen, the former under-19 coach of PSV."
    )
    keys = keys_of(text)
    assert ("Kees Dirksen", "PSV Eindhoven", "u19", "in_charge") in keys
    assert ("Kees Dirksen", "PSV Eindhoven", "first_team", "in_charge") not in keys
    assert ("Kees Dirksen", "Ajax", "first_team", "appointed") in keys


def test_squad_coach_of_a_federation_is_the_national_age_group():
    text = (
        "Michiel Raaijmakers is the new coach of the Netherlands Under-21 team. "
        "He will be assisted by Kees Dirksen, the former Under-19 coach of the KNVB."
    )
    keys = keys_of(text)
    assert ("Kees Dirksen", "Netherlands", "national_u19", "in_charge") in keys
    assert ("Kees Dirksen", "Netherlands", "national", "in_charge") not in keys
