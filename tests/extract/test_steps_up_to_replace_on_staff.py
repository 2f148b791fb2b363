"""A youth or reserve coach told stepping up to replace an aide on the senior staff ('Academy coach W moves up
to replace him in the first-team staff') is appointed to the first team's staff as an aide, his own side's
post kept; a step up to the under-23s' staff, or a replacement told with no staff, is not read so."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEW_MAN = (
    "Carrow Rovers have hired Petr Dvorin as their new manager. His number two Aled Rusk departed with him. "
)
_CLUB = "Carrow Rovers"


def _senior_staff_arrivals(text: str) -> set[str]:
    wanted = (_CLUB, "first_team", "appointed")
    return {coach for coach, club, squad, event in keys_of(text) if (club, squad, event) == wanted}


@pytest.mark.parametrize(
    "sentence",
    [
        "Academy coach Jonah Pell moves up to replace him in the first-team staff.",
        "Under-18 boss Jonah Pell has stepped up to replace Rusk on the senior coaching staff.",
        "Jonah Pell, who ran the reserves, will step up to replace him on the staff.",
    ],
)
def test_step_up_to_replace_an_aide_joins_senior_staff(sentence):
    assert "Jonah Pell" in _senior_staff_arrivals(_NEW_MAN + sentence)


def test_his_own_side_kept():
    keys = keys_of(_NEW_MAN + "Academy coach Jonah Pell moves up to replace him in the first-team staff.")
    assert ("Jonah Pell", _CLUB, "youth", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # a step up to a youth side's staff
        "Academy coach Jonah Pell moves up to replace him in the under-23 staff.",
        # a replacement with no staff named
        "Academy coach Jonah Pell moves up to replace him in the squad.",
    ],
)
def test_no_senior_staff_arrival(sentence):
    assert "Jonah Pell" not in _senior_staff_arrivals(_NEW_MAN + sentence)
