"""'Academy coach X steps up to take charge of the first team': the squad a man steps up to is his new post,
and the one his title names is a post he leaves (a caretaker's step up keeps his post). Sentences of our
own."""

from __future__ import annotations

from extract_helpers import keys_of

_SACKED = "Burnley have sacked Tom Baker. "


def test_steps_up_to_take_charge_of_the_first_team() -> None:
    keys = keys_of(_SACKED + "Academy coach Mark Jones steps up to take charge of the first team.")
    assert ("Mark Jones", "Burnley", "first_team", "appointed") in keys
    assert ("Mark Jones", "Burnley", "youth", "left") in keys


def test_stepped_up_to_the_senior_side() -> None:
    keys = keys_of(_SACKED + "Under-21 coach Mark Jones has stepped up to the senior side.")
    assert ("Mark Jones", "Burnley", "first_team", "appointed") in keys
    assert ("Mark Jones", "Burnley", "u21", "left") in keys


def test_near_miss_a_stand_in_keeps_his_post() -> None:
    keys = keys_of(
        _SACKED + "Under-21 coach Mark Jones has stepped up to the first team on an interim basis."
    )
    assert ("Mark Jones", "Burnley", "u21", "left") not in keys


def test_near_miss_a_player_stepping_up() -> None:
    assert keys_of("Burnley striker Mark Jones has stepped up to the first team.") == set()
