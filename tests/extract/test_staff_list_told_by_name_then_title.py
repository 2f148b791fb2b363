"""A new coach's staff listed with each aide named before his title, or told as "completed by",
"integrated by", "consists of" (translated "se completa con", "integrado por"): "The technical team is
completed by A as assistant coach, B as goalkeeping coach and C as fitness coach". Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Sevilla have appointed Hugo Ramos as their new head coach until 2028. "
_AIDES = ("Tomás Vidal", "Raúl Ortega", "Iker Salas")


@pytest.mark.parametrize(
    "staff",
    [
        "The technical team is completed by Tomás Vidal as assistant coach, Raúl Ortega as goalkeeping coach "
        "and Iker Salas as fitness coach.",
        "Ramos's technical team is formed by Tomás Vidal as his assistant, Raúl Ortega as second assistant "
        "and fitness coach Iker Salas.",
        "The coaching staff consists of assistant coach Tomás Vidal, goalkeeper coach Raúl Ortega and "
        "video analyst Iker Salas.",
        "The technical team is integrated by the assistant Tomás Vidal, the goalkeeping coach Raúl Ortega "
        "and the physical trainer Iker Salas.",
    ],
)
def test_each_listed_aide_is_appointed(staff: str) -> None:
    keys = keys_of(_LEAD + staff)
    for aide in _AIDES:
        assert (aide, "Sevilla", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "other",
    [
        # a staff told in the past: not the new man's
        "The technical team was completed by Tomás Vidal as assistant coach and Raúl Ortega as goalkeeping "
        "coach.",
        # a man named as head coach is no aide of the list
        "The technical team is completed by Tomás Vidal as head coach and Raúl Ortega as head coach.",
    ],
)
def test_no_aide_arrives_outside_the_shape(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert ("Tomás Vidal", "Sevilla", "first_team", "appointed") not in keys
    assert ("Raúl Ortega", "Sevilla", "first_team", "appointed") not in keys


def test_a_title_naming_the_side_keeps_the_list_going() -> None:
    # "first-team coach": the side's words are tagged inside the title
    keys = keys_of(
        _LEAD + "His backroom team will be made up of assistant manager Tomás Vidal, first-team coach Raúl "
        "Ortega and goalkeeping coach Iker Salas."
    )
    for aide in _AIDES:
        assert (aide, "Sevilla", "first_team", "appointed") in keys


def test_a_side_named_without_a_title_is_no_aide() -> None:
    # near-miss: "the first-team squad" names no aide's post
    keys = keys_of(_LEAD + "His coaching team will include first-team Tomás Vidal and Raúl Ortega.")
    assert ("Tomás Vidal", "Sevilla", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "staff",
    [
        "The technical body of Ramos is integrated by his compatriot Tomás Vidal as field assistant, the "
        "Uruguayan Raúl Ortega as second assistant and Iker Salas as fitness coach.",
        "His technical team is formed by Welshman Tomás Vidal as assistant coach, Sri Lankan Raúl Ortega as "
        "second assistant and goalkeeping coach Iker Salas.",
    ],
)
def test_who_the_aide_is_may_come_before_his_name(staff: str) -> None:
    keys = keys_of(_LEAD + staff)
    for aide in _AIDES:
        assert (aide, "Sevilla", "first_team", "appointed") in keys


def test_a_demonym_before_a_name_needs_a_staff_list() -> None:
    # near-miss: "Welshman X as assistant coach" after a verb that opens no staff list
    keys = keys_of(_LEAD + "The technical team praised Welshman Tomás Vidal as assistant coach last season.")
    assert ("Tomás Vidal", "Sevilla", "first_team", "appointed") not in keys


def test_a_title_told_as_trainer_of_goalkeepers_keeps_the_list_going() -> None:
    keys = keys_of(
        _LEAD + "The technical team is integrated by Tomás Vidal as field assistant, Raúl Ortega as trainer "
        "of goalkeepers and the physical preparer Iker Salas."
    )
    for aide in _AIDES:
        assert (aide, "Sevilla", "first_team", "appointed") in keys


def test_of_after_a_title_names_no_other_side_of_the_list() -> None:
    # near-miss: "as coach of the under-19s" is another post, not one on the new man's staff
    keys = keys_of(_LEAD + "The technical team is completed by Tomás Vidal as coach of the under-19s.")
    assert ("Tomás Vidal", "Sevilla", "first_team", "appointed") not in keys
