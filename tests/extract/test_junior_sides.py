"""A club's junior side, written in lower case ("the club's junior team", "coached juniors of C", "several
seasons as head coach of its junior team"), is its youth set-up: a youth spell at that club, beside the
senior post the sentence tells. Not a club named Juniors ("Boca Juniors", "Argentinos Juniors"), nor a
level with no team ("at junior level"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Kettering Town have appointed Olof Brandvik as their new head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Brandvik won two titles with Corby Athletic, and before that he was assistant for Ansel "
        "Quarry and led the club's junior team.",
        _LEAD + "Brandvik was an assistant at Corby Athletic and earlier coached juniors of Corby Athletic.",
        _LEAD + "Brandvik took over at Corby Athletic in 2016 after five seasons as head coach of its junior "
        "team.",
    ],
)
def test_junior_side_is_a_youth_spell(text: str) -> None:
    assert ("Olof Brandvik", "Corby Athletic", "youth", "in_charge") in keys_of(text)


def test_years_as_coach_of_the_junior_side_end_when_he_took_over() -> None:
    keys = keys_of(
        _LEAD + "Brandvik took over at Corby Athletic in 2016 after five seasons as head coach of its junior "
        "team."
    )
    assert ("Olof Brandvik", "Corby Athletic", "first_team", "appointed") in keys
    assert ("Olof Brandvik", "Corby Athletic", "youth", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Brandvik previously coached Boca Juniors and Huracán in Argentina.",
        _LEAD + "Brandvik worked at junior level for the federation before coaching Corby Athletic.",
    ],
)
def test_near_miss_a_club_named_juniors_or_a_level(text: str) -> None:
    assert not {key for key in keys_of(text) if key[2] == "youth"}
