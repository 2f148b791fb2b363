"""'X took over the team from Y', 'takes over the Under-17 side from Y': Y is the man X succeeds, not a
club ('a team from Norway' cues a club's place, 'the team from Y' after 'took over' does not).
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Romania appointed Daniel Pancu as head coach of the national team in 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pancu took over the national team from Emil Săndoi, who had led the side at the home Euro in 2023.",
        "Pancu took over the side from Emil Săndoi, who had been in charge since 2019.",
        "Pancu took over the team from Emil Săndoi in 2023 and kept it in the top group.",
    ],
)
def test_man_taken_over_from_is_no_club(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence, "2024-06-20")
    assert not any(k[1] == "Emil Săndoi" for k in keys)
    assert any(k[0] == "Emil Săndoi" and k[1] == "Romania" for k in keys)
