"""'The FA handed its under-19 head coach X a new contract': an extension whose coach is named with his
title, at the squad the title names (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_youth_coach_named_with_his_title_is_extended_at_his_squad():
    text = "The Scottish FA has handed Scotland Under-19 head coach Ross Tait a new two-year contract."
    assert ("Ross Tait", "Scotland", "national_u19", "extended") in keys_of(text)


def test_a_managers_bare_title_before_his_name():
    assert ("Neil Brodie", "Heart of Midlothian", "first_team", "extended") in keys_of(
        "Hearts handed manager Neil Brodie a new deal on Friday."
    )


def test_a_womens_coach_named_with_the_clubs_possessive():
    text = "Celtic handed their women's head coach Fran Ortiz a new contract after the title win."
    assert ("Fran Ortiz", "Celtic", "women", "extended") in keys_of(text)


def test_a_player_handed_a_new_contract_is_no_coach():
    assert keys_of("Hearts handed striker Lee Brodie a new contract on Friday.") == set()


def test_a_coach_handed_something_else_is_no_extension():
    found = keys_of("Rovers handed manager Pat Burke a transfer budget in January.")
    assert not any(event == "extended" for *_, event in found)
