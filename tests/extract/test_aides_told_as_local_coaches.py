"""A new man's aides told as 'local coaches' (the host country's own men beside a foreign head coach): 'He
will be assisted by local coaches A and B', 'will be supported by local coach A' appoint them to his staff,
as 'assisted by Japanese coach A' did. Not 'local businessman A' nor 'local players A and B'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "The federation has named Oskar Varga as head coach of Iceland. "


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        (
            "He will be assisted by local coaches Piet Molenaar and Aldo Brisco.",
            ("Piet Molenaar", "Aldo Brisco"),
        ),
        ("Varga will be supported by local coach Piet Molenaar for the qualifiers.", ("Piet Molenaar",)),
        (
            "The Dutchman will be helped by local trainers Piet Molenaar and Aldo Brisco.",
            ("Piet Molenaar", "Aldo Brisco"),
        ),
    ],
)
def test_local_coaches_assisting_him_are_appointed(sentence: str, aides: tuple[str, ...]) -> None:
    facts = keys_of(_LEAD + sentence)
    for aide in aides:
        assert (aide, "Iceland", "national", "appointed") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "He will be assisted by local businessman Piet Molenaar in finding a house.",
        "Varga will be helped by local players Piet Molenaar and Aldo Brisco.",
    ],
)
def test_no_coach_title_no_aide(sentence: str) -> None:
    facts = keys_of(_LEAD + sentence)
    assert not any(k[0] in ("Piet Molenaar", "Aldo Brisco") for k in facts)
