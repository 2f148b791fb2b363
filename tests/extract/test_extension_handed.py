"""An extension handed or received: "C have handed women's coach X a two-year extension", "X was handed a
contract extension in the summer", "X also received an extension" read as X extended, as "a new contract"
is. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_COACH = "Dunmore Rovers head coach Marten Vosk led the side to the title in May.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dunmore Rovers have handed head coach Marten Vosk a two-year extension after the title.",
        "Vosk was handed a two-year extension in the summer.",
        "Vosk has been given a contract extension until 2027.",
        "Vosk also received an extension, the club said.",
    ],
)
def test_extension_handed(sentence: str) -> None:
    assert ("Marten Vosk", "Dunmore Rovers", "first_team", "extended") in keys_of(_COACH + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a player's extension
        "Dunmore Rovers handed striker Tom Hale a two-year extension.",
        # an extension of something else
        "The league handed the club a one-week extension to register its players.",
    ],
)
def test_extension_of_someone_or_something_else(sentence: str) -> None:
    keys = keys_of(_COACH + sentence)
    assert not any(k[3] == "extended" for k in keys)
