"""Titled aides who go with their boss, told without a hiring verb: 'His faithful assistant A comes along',
'His assistant A goes along to Westphalia' (the boss's new club), 'His assistant A and analyst B have also
joined C', 'Assistant A and goalkeeping coach B are moving to C' (the club named). An aide who comes along
to a game, or goes along with a plan, moves nowhere."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Preussen Munster have appointed Lars Brandt as head coach on a two-year deal. "


@pytest.mark.parametrize(
    "tail",
    [
        "His faithful assistant Jonas Weber comes along.",
        "His assistant Jonas Weber goes along to Westphalia.",
    ],
)
def test_titled_aide_coming_along_joins_his_bosss_club(tail: str) -> None:
    assert ("Jonas Weber", "Preußen Münster", "first_team", "appointed") in keys_of(LEAD + tail)


@pytest.mark.parametrize(
    "tail",
    [
        "His assistant Jonas Weber and analyst Timo Kranz have also joined Preussen Munster.",
        "Assistant Jonas Weber and goalkeeping coach Timo Kranz are moving to Preussen Munster.",
    ],
)
def test_titled_aides_named_together_join_the_club_named(tail: str) -> None:
    keys = keys_of(LEAD + tail)
    for aide in ("Jonas Weber", "Timo Kranz"):
        assert (aide, "Preußen Münster", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "tail",
    [
        "His assistant Jonas Weber came along to the game on Saturday.",
        "His assistant Jonas Weber goes along with the plan.",
    ],
)
def test_coming_along_to_a_game_is_no_move(tail: str) -> None:
    assert not any(k[0] == "Jonas Weber" and k[3] == "appointed" for k in keys_of(LEAD + tail))
