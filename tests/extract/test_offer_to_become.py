"""'… the offer to become head coach of C': the post was offered, not taken; an accepted offer, or a
move 'to become' coach, is still an appointment."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _events(text: str, club: str) -> set[str]:
    return {event for coach, c, _, event in keys_of(text) if coach == "Bruno Labbadia" and c == club}


def test_turned_down_the_federations_offer_to_become_head_coach():
    text = "Bruno Labbadia has turned down the federation's offer to become head coach of Nigeria."
    events = _events(text, "Nigeria")
    assert "offer" in events and "appointed" not in events


def test_rejected_an_approach_to_become_manager():
    text = "Bruno Labbadia rejected an approach to become the new manager of Hamburger SV on Monday."
    events = _events(text, "Hamburger SV")
    assert "appointed" not in events and events & {"offer", "offer_declined"}


def test_declined_an_invitation_to_become_coach():
    text = "Bruno Labbadia declined an invitation to become coach of VfB Stuttgart."
    assert "appointed" not in _events(text, "VfB Stuttgart")


def test_an_accepted_offer_to_become_coach_is_an_appointment():
    text = "Bruno Labbadia has accepted the federation's offer to become head coach of Nigeria."
    assert "appointed" in _events(text, "Nigeria")


def test_leaving_a_club_to_become_coach_is_an_appointment():
    text = "Bruno Labbadia left Hertha BSC in March to become head coach of Nigeria."
    assert "appointed" in _events(text, "Nigeria")
