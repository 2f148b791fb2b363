"""A youth or reserve side's coach named to lead the senior team: "The team will be led by the coach of
the reserves, X", "… by under-19 coach X" is his stand-in appointment at the first team (the side he
coaches stays his). Not "C's under-19s will be led by X" (that side's own coach). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Getafe sacked Tomas Ruiz on Monday. "


@pytest.mark.parametrize(
    ("text", "squad"),
    [
        pytest.param(
            _SACKED + "The team will be led by the coach of the reserves, Ivo Brandt.", "reserve", id="of_the"
        ),
        pytest.param(_SACKED + "The team will be led by under-19 coach Ivo Brandt.", "u19", id="titled"),
    ],
)
def test_youth_coach_stands_in_for_the_senior_post(text: str, squad: str) -> None:
    keys = keys_of(text)
    assert ("Ivo Brandt", "Getafe", "first_team", "appointed") in keys
    assert ("Ivo Brandt", "Getafe", squad, "in_charge") in keys


def test_youth_side_led_by_its_own_coach_is_no_stand_in() -> None:
    keys = keys_of(_SACKED + "Getafe's under-19s will be led by Ivo Brandt.")
    assert ("Ivo Brandt", "Getafe", "first_team", "appointed") not in keys
