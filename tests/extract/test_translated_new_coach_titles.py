"""Two ways translated copy names the new man: by the head coach's title "first coach" (German
"Cheftrainer", Polish "pierwszy trener", Dutch "eerste trainer") and as "the chosen one" or where "the
choice fell" (Spanish "el elegido", Italian "la scelta è caduta su"): each is his appointment (sentences of
our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Górnik Zabrze sacked Jan Urban on Monday. "
_NEW = ("Piotr Nowak", "Górnik Zabrze", "first_team", "appointed")


@pytest.mark.parametrize(
    "told",
    [
        "Piotr Nowak becomes first coach with a contract until 2026.",
        "Piotr Nowak is the new first coach of Górnik Zabrze.",
        "Piotr Nowak, 44, became first trainer on Tuesday.",
    ],
)
def test_first_coach_is_the_head_coachs_title(told: str) -> None:
    assert _NEW in keys_of(_LEAD + told)


@pytest.mark.parametrize(
    "other",
    [
        # the ordinal: the first coach to do something
        "Piotr Nowak becomes the first coach to win the cup twice with Górnik Zabrze.",
        "Piotr Nowak is first coach to win the cup twice with Górnik Zabrze.",
        "Piotr Nowak was the first coach in the league to use a back three.",
    ],
)
def test_the_first_coach_to_do_something_is_no_appointment(other: str) -> None:
    assert _NEW not in keys_of(_LEAD + other)


@pytest.mark.parametrize(
    "told",
    [
        "The chosen one is Piotr Nowak, who agreed a contract until 2026.",
        "The elected is Piotr Nowak.",
        "The choice fell on the former Lechia coach Piotr Nowak.",
        "The club's choice has fallen on Piotr Nowak.",
    ],
)
def test_the_chosen_one_is_appointed(told: str) -> None:
    assert _NEW in keys_of(_LEAD + told)


@pytest.mark.parametrize(
    "other",
    [
        "The players elected Piotr Nowak as their captain.",
        "Piotr Nowak was chosen as man of the match.",
        "The chosen formation suited Piotr Nowak.",
    ],
)
def test_other_choices_are_no_appointment(other: str) -> None:
    assert _NEW not in keys_of(_LEAD + other)
