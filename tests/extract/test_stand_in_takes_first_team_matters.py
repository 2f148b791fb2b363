"""An assistant who "will take charge of first-team matters in the meantime" stands in (caretaker) and stays
the assistant he is: the team's affairs for now name no new post of his (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Jens Lund has stepped down as manager of Hammarby IF. "


def test_first_team_matters_are_a_stand_ins() -> None:
    keys = keys_of(
        _LEAD + "Assistant manager Ola Berg will take charge of first-team matters in the meantime."
    )
    assert ("Ola Berg", "Hammarby IF", "first_team", "appointed") in keys  # the caretaker's spell
    assert ("Ola Berg", "Hammarby IF", "first_team", "in_charge") in keys  # his assistant's post


def test_a_side_named_is_still_a_post() -> None:
    keys = keys_of(_LEAD + "Under-21 coach Ola Berg will take charge of the first team.")
    assert ("Ola Berg", "Hammarby IF", "first_team", "appointed") in keys
