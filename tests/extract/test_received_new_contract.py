"""'X received a new contract', 'A and B received new contracts too': each man's deal extended, as
'was handed a new contract' is (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Lech Poznań have extended the contract of head coach Marek Zieliński. "


def test_a_staff_member_who_received_a_new_contract_is_extended():
    text = _LEAD + "Goalkeeping coach Piotr Nowak also received a new two-year contract."
    assert ("Piotr Nowak", "Lech Poznań", "first_team", "extended") in keys_of(text)


def test_two_staff_members_who_received_new_contracts_are_each_extended():
    text = (
        _LEAD
        + "The goalkeeping coach Piotr Nowak and the fitness coach Adam Wójcik received new contracts too."
    )
    keys = keys_of(text)
    assert ("Piotr Nowak", "Lech Poznań", "first_team", "extended") in keys
    assert ("Adam Wójcik", "Lech Poznań", "first_team", "extended") in keys


def test_a_contract_received_without_new_is_no_extension():
    # a newcomer's first deal, or a contract received by someone else, is no extension
    text = _LEAD + "Goalkeeping coach Piotr Nowak received a two-year contract when he arrived in June."
    assert ("Piotr Nowak", "Lech Poznań", "first_team", "extended") not in keys_of(text)
    text = _LEAD + "Goalkeeping coach Piotr Nowak received new boots from the club's sponsor."
    assert ("Piotr Nowak", "Lech Poznań", "first_team", "extended") not in keys_of(text)
