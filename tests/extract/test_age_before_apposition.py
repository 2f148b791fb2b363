"""A man's age set off by commas before another apposition that describes him: 'X, 48, formerly of A and B,
is the new manager of C' reads as 'X, formerly of A and B, is …' (the age and the past clubs are both asides
between the man and his verb). Not an age before a clause with its own verb ('X, 49, comes from C, which …'):
that verb is the sentence's."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_age_then_past_clubs_still_reads_the_appointment_and_spells() -> None:
    keys = keys_of("Ray Hill, 52, formerly of Walsall and Crewe Alexandra, is the new manager of Port Vale.")
    assert ("Ray Hill", "Port Vale", "first_team", "appointed") in keys
    assert ("Ray Hill", "Walsall", "first_team", "in_charge") in keys


def test_age_then_a_description_still_reads_the_change() -> None:
    keys = keys_of("Ray Hill, 52 years old, the former Walsall coach, was sacked by Port Vale.")
    assert ("Ray Hill", "Port Vale", "first_team", "dismissed") in keys


def test_age_before_a_clause_of_its_own_is_no_apposition() -> None:
    # "comes from Walsall, which …": no apposition after the age, so no sentence verb is skipped
    keys = keys_of("Ray Hill, 52, comes from Walsall, which sacked its coach Tim Noon by mutual consent.")
    assert not any(
        coach == "Ray Hill" and event == "appointed" and club == "Walsall" for coach, club, _, event in keys
    )
