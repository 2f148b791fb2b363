"""A club's statement that it extended 'the contract with' or 'the agreement with' its coach (translated
Scandinavian and Polish copy: "forlenget kontrakten med", "przedłużył umowę z"): his extension, as "the
contract of X" is. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_EXTENDED = ("Marten Vosk", "Dunmore Rovers", "first_team", "extended")


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore Rovers has extended the contract with head coach Marten Vosk until 2027, the club said.",
        "Dunmore Rovers has prolonged the contract with head coach Marten Vosk until June 2027.",
        "Dunmore Rovers has extended the agreement with head coach Marten Vosk by three years.",
    ],
)
def test_contract_with_coach_extended(text: str) -> None:
    assert _EXTENDED in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player's contract, the coach named after it
        "Dunmore Rovers have extended the contract with striker Tom Hale until 2027, and head coach "
        "Marten Vosk said he was delighted.",
        # an agreement with a supplier, no man
        "Dunmore Rovers head coach Marten Vosk watched as the club renewed the agreement with its kit "
        "supplier.",
    ],
)
def test_contract_with_someone_else_is_no_coach_extension(text: str) -> None:
    assert _EXTENDED not in keys_of(text)
