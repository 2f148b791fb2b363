"""A stand-in who goes back to the side he coached ("Interim coach X, who handled the senior team in the
friendlies, returns to his role with the under-23s"): his stand-in spell at the senior side ends; the
side named after "returns to" is the post he goes back to, not the one he leaves."""

from __future__ import annotations

from extract_helpers import keys_of


def test_interim_coach_returns_to_his_role_with_the_under_23s():
    text = (
        "The Football Association of Malaysia has named Lars Holm as head coach of the national team. "
        "Interim coach Azlan Ismail, who handled the Harimau Malaya in the March friendlies, returns to "
        "his role with the under-23s."
    )
    keys = keys_of(text)
    assert ("Azlan Ismail", "Malaysia", "national", "left") in keys
    assert ("Azlan Ismail", "Malaysia", "national_u23", "left") not in keys


def test_caretaker_returns_to_his_post_while_assisting_the_new_man():
    text = (
        "Laos have appointed Peter Brandt as head coach of the national team. Caretaker Somsak Vong, who "
        "led the side at the AFF Championship last winter, returns to his post as under-21 coach and "
        "will also assist Brandt."
    )
    keys = keys_of(text)
    assert ("Somsak Vong", "Laos", "national", "left") in keys
    assert ("Somsak Vong", "Laos", "national_u21", "left") not in keys


def test_a_coach_told_as_no_stand_in_leaves_nothing():
    """Near miss: an under-23 coach going back to his side after a camp stood in for no one."""
    text = (
        "Malaysia's under-23 coach Azlan Ismail, who watched the senior team in the March friendlies, "
        "returns to his role with the under-23s for the SEA Games."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Azlan Ismail" and k[3] == "left" for k in keys)
