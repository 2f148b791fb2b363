"""A man titled by his place in the team ('Captain X', 'striker X') is a player, and his moves are
no coach's; but a player put in interim charge of his team is coaching news."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _caretaker_facts(text: str, coach: str) -> set[tuple[str, str]]:
    facts = facts_of(text)
    return {(f["club"], f["event"]) for f in facts if f["coach"] == coach and f["role"] == "caretaker"}


def test_captain_put_in_interim_charge_is_a_caretaker_appointment():
    text = (
        "Motherwell have sacked manager Colin Reid after five straight defeats. "
        "Captain Stuart Kerr has been put in interim charge of the team "
        "for Sunday's cup tie."
    )
    assert ("Motherwell", "appointed") in _caretaker_facts(text, "Stuart Kerr")


def test_skipper_taking_interim_charge_is_a_caretaker_appointment():
    text = (
        "Dundee United parted company with manager Jim Goodwin on Monday. "
        "Club skipper Craig Sibbald will take interim charge of the side until a replacement is found."
    )
    assert ("Dundee United", "appointed") in _caretaker_facts(text, "Craig Sibbald")


def test_captain_playing_in_a_caretakers_matches_gets_no_fact():
    # near-miss: the captain played in the interim coach's matches; he is no caretaker himself
    text = (
        "Japan named Go Takeda as interim coach for two friendlies in June. "
        "Captain Ko Itakura started both games of his interim spell in charge of the national team."
    )
    assert not [f for f in facts_of(text) if f["coach"] == "Ko Itakura"]


def test_captains_transfer_stays_a_players_move():
    # near-miss: a captain joining another club is a transfer, not an appointment
    text = "Captain Jordan Henderson has joined Ajax from Al-Ettifaq on a two-year deal."
    assert not [f for f in facts_of(text) if f["coach"] == "Jordan Henderson"]
