"""An aide's post under a named boss at a club, set off beside his name ("X, assistant to Y at C", "X, ex
assistant of Y at C") or told after "spending N seasons as" ("hired after spending three seasons as an
assistant to Y at C"): the aide's spell at C, beside his boss's. Not a clause of another man, nor a player
under that boss. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Grimsby Town have appointed Tom Hale as manager. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Grimsby had also sounded out Sam Orr, assistant to Rob Kerr at Partick Thistle.",
        _LEAD + "Another name was Sam Orr, ex assistant of Rob Kerr at Partick Thistle.",
        _LEAD + "Sam Orr was hired as his deputy after spending two seasons as an assistant to Rob Kerr at "
        "Partick Thistle.",
    ],
)
def test_the_aides_spell_at_the_club(text: str) -> None:
    assert ("Sam Orr", "Partick Thistle", "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player under that boss, set off the same way
        _LEAD + "Grimsby have also signed Sam Orr, a striker under Rob Kerr at Partick Thistle.",
        # the man apposed is someone else's, past the comma a clause of his own
        _LEAD + "Sam Orr, who played for Hale, met the assistant to Rob Kerr at Partick Thistle.",
    ],
)
def test_near_miss_no_aides_spell(text: str) -> None:
    assert ("Sam Orr", "Partick Thistle", "first_team", "in_charge") not in keys_of(text)
