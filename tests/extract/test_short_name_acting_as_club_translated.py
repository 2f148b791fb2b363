"""A club's short name the reference gives to one club only in context (a town's or a word's too) is that
club where it does, as the sentence's subject, what only a club does in translated copy: makes a hiring
official, renews a coach's contract, tells the new coach it will have ('Puebla made official on Tuesday the
hiring of X', 'Lyn renewed the contract with the coach', 'Lyn will have a new head coach next year')."""

from __future__ import annotations

from extract_helpers import keys_of


def test_short_name_made_a_hiring_official() -> None:
    text = (
        "Puebla made official on Tuesday the hiring of Sergio Rentería as coach for the Apertura. Rentería, "
        "who was sacked by Necaxa in March, brings his assistant Omar Tello."
    )
    keys = keys_of(text)
    assert ("Sergio Rentería", "Club Puebla", "first_team", "appointed") in keys
    assert ("Omar Tello", "Club Puebla", "first_team", "appointed") in keys


def test_short_name_renewed_the_contract_with_its_coach() -> None:
    text = (
        "Lyn renewed the contract with the coach of the first team, Tor Aasen, until 2026, the club said on "
        "Friday. The goalkeeper trainer Per Vold also renews."
    )
    keys = keys_of(text)
    assert ("Tor Aasen", "Lyn", "first_team", "in_charge") in keys
    assert ("Per Vold", "Lyn", "first_team", "extended") in keys


def test_short_name_will_have_a_new_coach() -> None:
    text = (
        "Lyn will have a new head coach next year. The club and Tor Aasen agreed on Friday not to extend "
        "the Norwegian's deal. His assistant Per Vold leaves with him."
    )
    keys = keys_of(text)
    assert ("Per Vold", "Lyn", "first_team", "left") in keys


def test_a_man_of_that_name_renewing_is_no_club() -> None:
    text = (
        "Lyn Hart will have a new role next year at Brentford. She renewed the contract with the club on "
        "Friday."
    )
    assert not any(club == "Lyn" for _, club, _, _ in keys_of(text))
