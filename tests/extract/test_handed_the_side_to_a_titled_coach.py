"""A side handed over, named or not, to a man titled by the side he coaches: "handed the first team to X,
until now coach of the reserves", "handed the team to reserve-team coach X" is X's appointment to the
side handed over (the first team), and the side of his title his post until now. Near miss: a youth side
handed over is his new post, not the first team. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKING = "Levante sacked Omar Pike on Sunday and "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _SACKING + "handed the first team to Dario Fenn for the cup tie.", id="first_team_named"
        ),
        pytest.param(
            _SACKING + "handed the side to reserve-team coach Dario Fenn until a new man is found.",
            id="reserve_team_coach_title",
        ),
        pytest.param(
            _SACKING + "handed the team to under-19 coach Dario Fenn for the derby.", id="youth_coach_title"
        ),
    ],
)
def test_handed_side_is_his_appointment(text: str) -> None:
    assert ("Dario Fenn", "Levante", "first_team", "appointed") in keys_of(text)


def test_title_side_is_his_post_until_now() -> None:
    keys = keys_of(_SACKING + "handed the side to reserve-team coach Dario Fenn until a new man is found.")
    assert ("Dario Fenn", "Levante", "reserve", "in_charge") in keys


def test_handed_youth_side_is_not_the_first_team() -> None:
    keys = keys_of(_SACKING + "handed the under-19s to Dario Fenn.")
    assert ("Dario Fenn", "Levante", "u19", "appointed") in keys
    assert ("Dario Fenn", "Levante", "first_team", "appointed") not in keys
