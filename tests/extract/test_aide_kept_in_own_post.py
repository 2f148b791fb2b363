"""An aide told staying on in his title with nothing else said ("X will remain as assistant coach") is in
post already: the spell goes on (in_charge), no appointment begins. Near misses stay appointments: a stand-in
whose interim spell is told beside it, a man who stays on as the new man's assistant ("as Y's assistant"),
and a youth side's coach who stays on as the senior side's assistant."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager on a two-year deal. "


def test_aide_kept_on_is_in_post() -> None:
    keys = keys_of(_LEAD + "Tomas Brandt will remain as assistant coach.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") not in keys


def test_aide_with_a_nationality_kept_on() -> None:
    keys = keys_of(_LEAD + "Dutch coach Tomas Brandt will stay on as assistant.")
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "in_charge") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") not in keys


def test_new_mans_aide_stays_an_appointment() -> None:
    text = (
        "Oakfield Rovers have named Piet Visser as their new manager. Visser replaces Tomas Brandt, who had "
        "led the team on an interim basis since March. Brandt will stay on the staff as Visser's assistant."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys_of(text)


def test_stand_in_told_beside_stays_an_appointment() -> None:
    text = _LEAD + (
        "Tomas Brandt, who led the team on an interim basis for the last four games, will remain on the "
        "staff as an assistant."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys_of(text)
