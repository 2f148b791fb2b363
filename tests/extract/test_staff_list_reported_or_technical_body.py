"""A new man's staff list told in reported speech ("the federation said X's staff would include A as
assistant coach and B as goalkeeping coach") or fronted by a translated "technical body" ("In the technical
body of X will be A as assistant and B as physical preparer") names his incoming aides. Near misses: the same
list with no one telling it ("X's staff would include …" alone stays a rumour) and one hanging on a condition
("… if the deal is signed") is no appointment; a staff told in the past ("In the technical body of X were A
and B") is none."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager on a two-year deal. "
_CLUB = "Oakfield Rovers"


def test_staff_list_in_reported_speech() -> None:
    keys = keys_of(
        _LEAD + "The club said Lammers's staff would include Tomas Brandt as assistant coach and Karel Smit "
        "as goalkeeping coach."
    )
    assert ("Tomas Brandt", _CLUB, "first_team", "appointed") in keys
    assert ("Karel Smit", _CLUB, "first_team", "appointed") in keys


def test_staff_list_fronted_by_technical_body() -> None:
    keys = keys_of(
        _LEAD + "In the technical body of Lammers will be Tomas Brandt as assistant and Karel Smit as "
        "physical preparer."
    )
    assert ("Tomas Brandt", _CLUB, "first_team", "appointed") in keys
    assert ("Karel Smit", _CLUB, "first_team", "appointed") in keys


def test_unsourced_would_stays_a_rumour() -> None:
    keys = keys_of(_LEAD + "Lammers's staff would include Tomas Brandt as assistant coach.")
    assert ("Tomas Brandt", _CLUB, "first_team", "appointed") not in keys


def test_conditional_list_is_no_appointment() -> None:
    keys = keys_of(_LEAD + "The club said Lammers's staff would include Tomas Brandt if the deal is signed.")
    assert ("Tomas Brandt", _CLUB, "first_team", "appointed") not in keys


def test_past_technical_body_is_no_appointment() -> None:
    keys = keys_of(_LEAD + "In the technical body of Lammers were Tomas Brandt and Karel Smit.")
    assert ("Tomas Brandt", _CLUB, "first_team", "appointed") not in keys
