"""A promotion told as a participle set off after the name: "X, promoted from C's B team in March after
Y was sacked, has won five games" is X's spell at the side he left, its end and his appointment to the
first team, as "X, who was promoted from …" reads. Near misses: a promotion *to* a side names no side he
left, and a side of his promoted from a division is no coaching post. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_OPENING = "Almería sacked Rui Tavares on Sunday. "


@pytest.mark.parametrize(
    ("text", "squad"),
    [
        pytest.param(
            _OPENING + "Bram Oster, promoted from Almería B in March after the club let Kai Lund go, has won "
            "four of his six games.",
            "reserve",
            id="club_b_team",
        ),
        pytest.param(
            _OPENING + "Bram Oster, promoted from the under-19s last season, will take charge on Saturday.",
            "u19",
            id="age_group",
        ),
        pytest.param(
            _OPENING + "Bram Oster, moved up from the reserve side in the winter, keeps the job.",
            "reserve",
            id="moved_up",
        ),
    ],
)
def test_participle_aside_names_the_side_he_left(text: str, squad: str) -> None:
    keys = keys_of(text)
    assert ("Bram Oster", "Almería", squad, "in_charge") in keys
    assert ("Bram Oster", "Almería", squad, "left") in keys
    assert ("Bram Oster", "Almería", "first_team", "appointed") in keys


def test_promoted_to_a_side_is_no_side_left() -> None:
    keys = keys_of(_OPENING + "Bram Oster, promoted to the first team in March, has won four games.")
    assert not any(coach == "Bram Oster" and event == "left" for coach, _, _, event in keys)


def test_his_side_promoted_from_a_division() -> None:
    keys = keys_of("Bram Oster's Almería, promoted from the second tier in May, beat Cádiz on Sunday.")
    assert not any(coach == "Bram Oster" and event == "left" for coach, _, _, event in keys)
