"""A contract "prolonged" (French "prolongé", Italian "prolungato", Spanish "prolongado", German "verlängert")
is a contract extended, in every shape the extension rules read (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_EXTENDED = ("Olivier Dall'Oglio", "Montpellier", "first_team", "extended")


@pytest.mark.parametrize(
    "text",
    [
        "Montpellier has prolonged the contract of Olivier Dall'Oglio until 2027.",
        "Montpellier prolonged, this Monday, the contract of coach Olivier Dall'Oglio.",
        "Montpellier prolongs Olivier Dall'Oglio's contract by two seasons.",
        "Olivier Dall'Oglio has had his contract prolonged by Montpellier.",
        "Montpellier announced the prolongation of contract of Olivier Dall'Oglio.",
    ],
)
def test_a_prolonged_contract_is_extended(text: str) -> None:
    assert _EXTENDED in keys_of(text)


def test_staff_who_also_prolonged_are_extended() -> None:
    text = (
        "Montpellier has prolonged the contract of Olivier Dall'Oglio until 2027. "
        "His assistant Julien Morvan, whose deal was also prolonged, stays."
    )
    assert ("Julien Morvan", "Montpellier", "first_team", "extended") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Montpellier endured a prolonged slump under Olivier Dall'Oglio.",
        "Olivier Dall'Oglio's prolonged absence through illness worried Montpellier.",
    ],
)
def test_a_prolonged_slump_or_absence_is_no_extension(text: str) -> None:
    assert _EXTENDED not in keys_of(text)
