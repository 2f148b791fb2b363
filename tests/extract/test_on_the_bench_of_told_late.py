"""A spell on a club's bench told in translated copy with the spell's end before the place ('X was
until June on the bench of C', Italian 'era fino a giugno sulla panchina del'), or as the second verb
of a career sentence ('X had led A to promotion and had been on the bench of B'): a spell there."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Crotone have named Enzo Ruggeri as their new coach. "


def test_until_a_month_before_the_bench() -> None:
    keys = keys_of(_LEAD + "Ruggeri, 49, was until May on the bench of Pescara.")
    assert ("Enzo Ruggeri", "Pescara", "first_team", "in_charge") in keys


def test_until_last_season_before_the_bench() -> None:
    keys = keys_of(_LEAD + "Ruggeri was until last season on the bench of Pescara, then rested.")
    assert ("Enzo Ruggeri", "Pescara", "first_team", "in_charge") in keys


def test_bench_as_a_second_verb() -> None:
    keys = keys_of(
        _LEAD + "The Calabrian had taken Cosenza into Serie B and had been on the bench of Pescara."
    )
    assert ("Enzo Ruggeri", "Pescara", "first_team", "in_charge") in keys


def test_sat_on_the_bench_as_a_second_verb() -> None:
    keys = keys_of(_LEAD + "Ruggeri won the league with Cosenza and sat on the bench of Pescara in 2019.")
    assert ("Enzo Ruggeri", "Pescara", "first_team", "in_charge") in keys


def test_not_a_player_on_the_bench() -> None:
    keys = keys_of(_LEAD + "Ruggeri scored for Cosenza and had been on the bench of Pescara as a player.")
    assert ("Enzo Ruggeri", "Pescara", "first_team", "in_charge") not in keys


def test_not_until_a_day_in_the_stands() -> None:
    keys = keys_of(_LEAD + "Ruggeri was until Sunday in the stands of Pescara.")
    assert ("Enzo Ruggeri", "Pescara", "first_team", "in_charge") not in keys
