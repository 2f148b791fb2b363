"""'C has found a new coach', 'C has extended the contract of X', 'C has officialised X': the club that
opens the lead with its news is the story's, even when a man's former club is named more often
(written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_CAREER = "Gary Lyle comes from Aberdeen, where he led the under-18s. He also coached Aberdeen's first team. "
_STAYS = "Goalkeeping coach Ian Roe stays."


def test_a_club_that_has_found_a_new_coach():
    found = keys_of("Hearts has found a new coach. " + _CAREER + _STAYS)
    assert ("Ian Roe", "Heart of Midlothian", "first_team", "in_charge") in found
    assert ("Ian Roe", "Aberdeen", "first_team", "in_charge") not in found


def test_a_club_that_has_extended_a_contract_with_its_initials_in_brackets():
    text = "Heart of Midlothian (HMFC) has extended the contract of Gary Lyle. " + _CAREER + _STAYS
    assert ("Ian Roe", "Heart of Midlothian", "first_team", "in_charge") in keys_of(text)


def test_a_club_named_after_a_man_in_the_lead_is_no_opening_subject():
    # "X says C has found …": the lead opens on the man, not on the club
    text = "Gary Lyle says Hearts has found a new coach. " + _CAREER + _STAYS
    assert ("Ian Roe", "Heart of Midlothian", "first_team", "in_charge") not in keys_of(text)
