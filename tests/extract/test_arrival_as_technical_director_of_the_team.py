"""'C announced the arrival of X as technical director of its first team': in translated Latin
American copy ('director técnico') the man who directs the team is its coach, and his arrival is his
appointment. A technical director of the club (an office) is not read so. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Millonarios confirmed on Monday the arrival of Hernán Quiroga as their new technical director "
            "of the first team.",
            id="first_team",
        ),
        pytest.param(
            "Millonarios confirmed the hiring of Hernán Quiroga as technical director of the team to 2026.",
            id="the_team",
        ),
    ],
)
def test_technical_director_of_the_team_is_its_coach(text: str) -> None:
    assert ("Hernán Quiroga", "Millonarios", "first_team", "appointed") in keys_of(text)


def test_technical_director_of_the_club_is_no_coach() -> None:
    """Near miss: the club's technical director holds an office, not the bench."""
    text = "Millonarios confirmed on Monday the arrival of Hernán Quiroga as technical director of the club."
    assert ("Hernán Quiroga", "Millonarios", "first_team", "appointed") not in keys_of(text)
