"""'Youth coach X', 'C's youth trainer X': a title before a man's name that places him with the club's youth
teams (the squad 'youth', no age told), not its first team. Not the career told word by word ('worked as a
youth coach at C', read as before), nor a first-team title beside it. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Werder Bremen have sacked Tom Berg. Youth coach Klaus Bauer takes charge for Saturday's game.",
            ("Klaus Bauer", "Werder Bremen", "youth", "in_charge"),
            id="youth_coach_takes_charge",
        ),
        pytest.param(
            "Feyenoord have named Bas Visser as head coach. Youth trainer Joost Mulder was also a candidate.",
            ("Joost Mulder", "Feyenoord", "youth", "in_charge"),
            id="youth_trainer_candidate",
        ),
    ],
)
def test_youth_title_before_the_name(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_youth_coach_told_as_career_still_read() -> None:
    """Near miss: the career words 'worked as a youth coach at C' keep their own reading."""
    text = "Lille have named Paul Roux as coach. Roux worked as a youth coach at Lens."
    assert ("Paul Roux", "RC Lens", "youth", "in_charge") in keys_of(text)


def test_first_team_coach_beside_a_youth_coach() -> None:
    """Near miss: the head coach named beside the youth coach keeps the first team."""
    text = "Werder Bremen have appointed Tom Berg as head coach, and youth coach Klaus Bauer joins his staff."
    assert ("Tom Berg", "Werder Bremen", "first_team", "appointed") in keys_of(text)
