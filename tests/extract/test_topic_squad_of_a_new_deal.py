"""A new deal at the story's club sets the squad the story is about, like an appointment: 'X has signed a
new contract as Wales Under-21 head coach' puts his staff and his past appointment there."""

from __future__ import annotations

from extract_helpers import keys_of


def test_staff_continue_with_the_under_21s_of_the_new_deal():
    text = (
        "The federation said on Friday that Matt Jones has signed a new contract as Wales "
        "Under-21 head coach until 2028. "
        "His assistant coach Owen Price and goalkeeping coach Dai Evans will continue in their roles."
    )
    keys = keys_of(text)
    assert ("Owen Price", "Wales", "national_u21", "in_charge") in keys
    assert ("Dai Evans", "Wales", "national_u21", "in_charge") in keys
    assert not any(k[0] in ("Owen Price", "Dai Evans") and k[2] == "national" for k in keys)


def test_his_appointment_told_after_the_new_deal_is_that_squads():
    text = (
        "Matt Jones has signed a new contract as Wales Under-21 head coach until 2028. "
        "Jones was appointed in 2021."
    )
    assert ("Matt Jones", "Wales", "national_u21", "appointed") in keys_of(text)


def test_a_senior_new_deal_keeps_the_senior_side():
    text = (
        "Jim Crowley has signed a new contract as Republic of Ireland head coach until 2027. "
        "His assistant coach Alan Rennolds will continue in his role."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Alan Rennolds" and k[2] != "national" for k in keys)
