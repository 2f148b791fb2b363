"""A resignation told by the letter handed over: "X and assistant manager Y had tendered their
resignations", "X and his assistant Y have submitted their resignations" (each man named resigns). Not
other things tendered ("had tendered their apologies")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("sentence", "men"),
    [
        (
            "Kilwick Town said Dale Hurst and assistant manager Owen Pike had tendered their resignations "
            "with immediate effect.",
            ["Dale Hurst", "Owen Pike"],
        ),
        (
            "Kilwick Town said Dale Hurst and his assistant Owen Pike have submitted their resignations.",
            ["Dale Hurst", "Owen Pike"],
        ),
    ],
)
def test_tendered_resignations_are_resignations(sentence: str, men: list[str]) -> None:
    keys = keys_of(sentence)
    for name in men:
        assert (name, "Kilwick Town", "first_team", "resigned") in keys


def test_other_things_tendered_are_no_resignation() -> None:
    keys = keys_of("Kilwick Town said the stewards had tendered their apologies to Dale Hurst.")
    assert not any(key[3] == "resigned" for key in keys)
