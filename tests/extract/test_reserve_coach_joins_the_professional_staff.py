"""A reserve or youth coach who joins 'the professional staff' (translated French 'le staff professionnel',
the first team's) is appointed to the first team's staff, his title staying his own post: "The coach of the
reserve, X, will join the professional staff as assistant", "… is called to join the professional staff".
Near miss: a staff of another kind ('the medical staff') reads no appointment."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as head coach. "


def test_reserve_coach_joins_the_professional_staff() -> None:
    text = _LEAD + "The coach of the reserve, Tomas Brandt, will join the professional staff as assistant."
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "reserve", "in_charge") in keys


def test_called_to_join() -> None:
    text = _LEAD + "The coach of the reserve, Tomas Brandt, is called to join the professional staff."
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys


def test_medical_staff_is_no_coaching_post() -> None:
    keys = keys_of(_LEAD + "The coach of the reserve, Tomas Brandt, will join the medical staff.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") not in keys
