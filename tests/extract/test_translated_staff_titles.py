"""Staff titles as translated German, Italian and Portuguese copy writes them before a name: "goalkeeper
trainer X" ("Torwarttrainer"), "co-trainer X" ("Co-Trainer"), "the athletic trainer X" ("preparatore
atletico"), and "selector X" for the national coach ("selecionador", "selekcjoner"): each names a man of the
staff (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hertha BSC sacked Pál Dárdai on Sunday. "


@pytest.mark.parametrize(
    "told",
    [
        "Goalkeeper trainer Andreas Menger remains in office.",
        "The goalkeeping trainer Andreas Menger stays with the team.",
        "Co-trainer Andreas Menger takes the training on Monday.",
        "The athletic trainer Andreas Menger continues in the staff.",
    ],
)
def test_a_trainer_titled_before_his_name_is_on_the_staff(told: str) -> None:
    assert ("Andreas Menger", "Hertha BSC", "first_team", "in_charge") in keys_of(_LEAD + told)


def test_selector_before_a_name_is_the_national_coach() -> None:
    text = "Poland sacked Fernando Santos on Monday. The federation thanked selector Michał Probierz."
    assert ("Michał Probierz", "Poland", "national", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "other",
    [
        # a personal trainer, and a trainer's own name as a thing
        "The personal trainer Andreas Menger helped him recover.",
        "The striker thanked trainer brand Andreas Menger for the boots.",
    ],
)
def test_other_trainers_are_no_staff(other: str) -> None:
    assert ("Andreas Menger", "Hertha BSC", "first_team", "in_charge") not in keys_of(_LEAD + other)
