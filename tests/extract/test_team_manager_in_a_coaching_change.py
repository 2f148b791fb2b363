"""British copy calls the manager "team manager": "Team manager X has been sacked by C" is the coach's
sacking. The official of that title ("Team manager X said the squad travels on Friday") stays no coach.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param("Team manager Ivo Brandt has been sacked by Brentford.", "dismissed", id="sacked_by"),
        pytest.param("Team manager Ivo Brandt resigned from Brentford on Monday.", "resigned", id="resigned"),
        pytest.param(
            "Team manager Ivo Brandt, 52, was appointed by Brentford in May.", "appointed", id="aged"
        ),
    ],
)
def test_team_manager_in_a_coaching_change_is_the_coach(text: str, event: str) -> None:
    assert ("Ivo Brandt", "Brentford", "first_team", event) in keys_of(text)


def test_team_manager_speaking_stays_an_official() -> None:
    keys = keys_of(
        "Team manager Ivo Brandt said the squad would travel on Friday. Brentford sacked coach Tom Hale."
    )
    assert not any(coach == "Ivo Brandt" for coach, *_ in keys)
