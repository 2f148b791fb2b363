"""A youth or reserve side's coach named by that title before his name, who helps the stand-in ('…,
assisted by the U21 coach X', '…, with academy coach X helping him'), takes the first team's sessions for a
stretch ('Reserve coach X will run training until a successor is named') or leads it ('the side will be
led by youth coach X' after 'until a new boss is found'), is appointed to the first team's staff; his own
side stays his. An old spell told so, a first team's own coach, or a session with no post open is no
appointment."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKING = "Pellham Athletic dismissed manager Oskar Trent on Sunday after nine games without a win. "
_CLUB = "Pellham Athletic"


def _first_team_appointments(text: str) -> set[str]:
    wanted = (_CLUB, "first_team", "appointed")
    return {coach for coach, club, squad, event in keys_of(text) if (club, squad, event) == wanted}


@pytest.mark.parametrize(
    "sentence",
    [
        "Veteran aide Lew Carvell will run the side for the remaining fixtures, assisted by the "
        "under-21 coach Rob Millane.",
        "Lew Carvell takes interim charge of the squad, with under-18 coach Rob Millane assisting him.",
        "Lew Carvell has been put in temporary charge, with academy manager Rob Millane helping him "
        "on the bench.",
        "Under-23 coach Rob Millane will take training for the time being.",
        "Reserve team manager Rob Millane will lead the training until a permanent successor is named.",
        "Until a new head coach is hired, the side will be led by youth coach Rob Millane.",
    ],
)
def test_youth_side_coach_joins_first_team_staff(sentence):
    assert "Rob Millane" in _first_team_appointments(_SACKING + sentence)


def test_his_own_side_stays_his():
    keys = keys_of(
        _SACKING + "Lew Carvell takes interim charge, with under-18 coach Rob Millane assisting him."
    )
    assert ("Rob Millane", _CLUB, "u18", "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        # an old spell, told in the past
        _SACKING + "Carvell ran the side in 2016, assisted by the under-21 coach Rob Millane.",
        # the first team's own coach, kept on beside the stand-in
        _SACKING + "Lew Carvell takes interim charge, with first-team coach Rob Millane assisting him.",
        # a new man's first session, not a stretch
        _SACKING + "Under-23 coach Rob Millane will take training for the first time.",
        # no post open: the boss is only away
        "Pellham Athletic manager Oskar Trent is abroad. Under-23 coach Rob Millane will take "
        "training for the time being.",
    ],
)
def test_no_appointment_without_a_stand_in_stretch(text):
    assert "Rob Millane" not in _first_team_appointments(text)
