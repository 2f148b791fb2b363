"""Aides sacked with their head coach, named after him as "his assistants A and B" ("parted ways with X
and his assistants A and B", "sacked X and his assistant A"): each aide is dismissed too (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Parma have parted ways with Marco Rossi and his assistants Luca Verdi and Paolo Neri.",
        "Parma have sacked Marco Rossi and his assistants Luca Verdi and Paolo Neri after a 4-0 defeat.",
        "Parma said it parted company with the 48-year-old Italian and his assistants Luca Verdi and "
        "Paolo Neri because of poor results.",
        "Parma have sacked head coach Marco Rossi. The club also parted ways with his assistants Luca Verdi "
        "and Paolo Neri.",
    ],
)
def test_the_aides_named_after_the_sacked_coach_are_dismissed(text: str) -> None:
    keys = keys_of(text)
    assert ("Luca Verdi", "Parma", "first_team", "dismissed") in keys
    assert ("Paolo Neri", "Parma", "first_team", "dismissed") in keys


def test_a_single_aide_is_dismissed_with_him() -> None:
    keys = keys_of("Parma have fired Marco Rossi and his assistant Luca Verdi.")
    assert ("Luca Verdi", "Parma", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    "text",
    [
        # the aides stay: only the coach goes
        "Parma have sacked Marco Rossi, and his assistants Luca Verdi and Paolo Neri will take the team.",
        # no sacking at all
        "Parma have appointed Marco Rossi and his assistants Luca Verdi and Paolo Neri.",
    ],
)
def test_aides_not_sacked(text: str) -> None:
    assert ("Luca Verdi", "Parma", "first_team", "dismissed") not in keys_of(text)
