"""'C will be guided by co-trainer X pending a new appointment', 'For the time being the squad will be
coached by the goalkeeping coach X': an aide of the backroom named with his title as the man who will lead
the side is its stand-in, appointed (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_SACKING = "Harbridge Town have dismissed head coach Piet Molenaar after nine games without a win. "


def test_a_co_trainer_who_will_lead_the_side_is_appointed():
    keys = keys_of(_SACKING + "Harbridge will be guided by co-trainer Ruben Staal pending a new appointment.")
    assert ("Ruben Staal", "Harbridge Town", "first_team", "appointed") in keys


def test_a_goalkeeping_coach_who_will_lead_the_side_for_now_is_appointed():
    told = "For the time being the squad will be coached by the goalkeeping coach Ruben Staal."
    keys = keys_of(_SACKING + told)
    assert ("Ruben Staal", "Harbridge Town", "first_team", "appointed") in keys


def test_an_aide_who_led_the_side_is_no_appointment():
    keys = keys_of(_SACKING + "Co-trainer Ruben Staal led the warm-up before the game.")
    assert ("Ruben Staal", "Harbridge Town", "first_team", "appointed") not in keys


def test_a_side_led_by_its_captain_is_no_appointment():
    keys = keys_of(_SACKING + "On the pitch the team will be led by captain Ruben Staal.")
    assert ("Ruben Staal", "Harbridge Town", "first_team", "appointed") not in keys
