"""'X left at the end of his contract': a departure told by when it happened, with the pronoun read as the
man himself; a player's 'at the end of his contract' with no leaving verb is no departure."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Kilmarnock have presented a new head coach for the coming season. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Berg, who led the team since 2020, left at the end of his contract.",
        "Tomas Berg left at the end of his contract after the relegation.",
    ],
)
def test_left_at_the_end_of_his_contract(sentence: str) -> None:
    assert ("Tomas Berg", "Kilmarnock", "first_team", "left") in keys_of(_LEAD + sentence, "2024-07-03")


def test_a_player_at_the_end_of_his_contract_is_no_departure() -> None:
    text = _LEAD + "Coach Tomas Berg will talk to striker Anders Vik at the end of his contract."
    assert not any(k[3] == "left" for k in keys_of(text, "2024-07-03"))
