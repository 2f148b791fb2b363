"""Careers in machine-translated copy: "the contract of the mister X" (Italian il mister, the head coach)
renewed; "he had been for years the vice of Y at A and at B" (era stato per anni il vice di): his spells as
Y's assistant, and Y's as head coach, at each club; "comes from C, with whom he lived the promotion"
(Spanish con el que vivió el ascenso): his spell at C."""

from __future__ import annotations

from extract_helpers import events_of


def test_contract_of_the_mister_renewed():
    found = events_of(
        "After the promotion, Cremonese have renewed this morning the contract of the mister "
        "Giovanni Stroppa until June 2026."
    )
    assert ("Giovanni Stroppa", "Cremonese", "extended") in found


def test_for_years_the_vice_of_a_boss_at_clubs():
    found = events_of(
        "Empoli have appointed Giovanni Martusciello. Before he had been for years the vice of "
        "Maurizio Sarri at Napoli and at Chelsea."
    )
    assert {
        ("Giovanni Martusciello", "Napoli", "in_charge"),
        ("Giovanni Martusciello", "Chelsea", "in_charge"),
        ("Maurizio Sarri", "Napoli", "in_charge"),
        ("Maurizio Sarri", "Chelsea", "in_charge"),
    } <= found


def test_for_years_the_captain_is_no_staff_spell():
    # near miss: a playing role held for years, no aide's post
    found = events_of(
        "Empoli have appointed Giovanni Martusciello. Before he had been for years the captain of Napoli."
    )
    assert not any(club == "Napoli" for _, club, _ in found)


def test_with_whom_he_lived_the_promotion():
    found = events_of(
        "Racing Santander have appointed Jose Alberto. The Asturian technician arrives from Amorebieta, with "
        "whom he lived the promotion to Segunda in 2019."
    )
    assert ("Jose Alberto", "SD Amorebieta", "in_charge") in found


def test_with_whom_he_lived_in_the_city_is_no_spell():
    # near miss: "lived" where, no promotion or title
    found = events_of(
        "Málaga have appointed Sergio Pellicer. He thanked Amorebieta, with whom he lived in Bilbao for "
        "years."
    )
    assert not any(club == "SD Amorebieta" and e == "in_charge" for _, club, e in found)
