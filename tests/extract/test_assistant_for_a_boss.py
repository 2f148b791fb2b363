"""'X was assistant for Y at C': the boss named after 'for' coached C, as after 'assistant to / of Y';
'assistant for the national team', 'assistant for two seasons' name no boss."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hamburg have appointed Ralf Ostermann as head coach. "


def test_the_boss_after_assistant_for_coached_the_club() -> None:
    keys = keys_of(_NEWS + "Ostermann was assistant for Dieter Brandt at Hertha for several years.")
    assert ("Dieter Brandt", "Hertha BSC", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostermann worked as an assistant for the national team at the last World Cup.",
        "Ostermann was assistant for two seasons at Hertha before moving on.",
    ],
)
def test_no_boss_after_assistant_for(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert not any(k[0] not in ("Ralf Ostermann",) for k in keys)
