"""'The under-20 trainer X was also dismissed', 'U-18 manager X renewed his contract', 'the coach of the
reserves, X, has extended his deal': a sacking or a new contract of a man named with his title is at the
squad the title names (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_SACKING = "Rovers Town have sacked head coach Mark Delaney after a run of six defeats. "


def test_an_age_group_trainer_dismissed_too():
    keys = keys_of(_SACKING + "The under-20 trainer Paulo Ferreira was also dismissed.")
    assert ("Paulo Ferreira", "Rovers Town", "u20", "dismissed") in keys
    assert ("Paulo Ferreira", "Rovers Town", "first_team", "dismissed") not in keys


def test_an_age_group_manager_renews_his_contract():
    keys = keys_of(_SACKING + "U-18 manager Tom Brandt also renewed his contract.")
    assert ("Tom Brandt", "Rovers Town", "u18", "extended") in keys
    assert ("Tom Brandt", "Rovers Town", "first_team", "extended") not in keys


def test_the_coach_of_a_named_squad_extends():
    keys = keys_of(_SACKING + "The coach of the reserves, Peter Olsen, has extended his contract until 2026.")
    assert ("Peter Olsen", "Rovers Town", "reserve", "extended") in keys
    assert ("Peter Olsen", "Rovers Town", "first_team", "extended") not in keys


def test_a_bare_managers_title_stays_with_the_first_team():
    keys = keys_of("Rovers Town said manager Tom Brandt also renewed his contract.")
    assert ("Tom Brandt", "Rovers Town", "first_team", "extended") in keys


def test_an_age_group_coach_who_leaves_keeps_the_reading_of_his_move():
    text = "Under-21 coach Tom Brandt took over as caretaker of Rovers Town and left in May."
    keys = keys_of(text)
    assert ("Tom Brandt", "Rovers Town", "u21", "left") not in keys
