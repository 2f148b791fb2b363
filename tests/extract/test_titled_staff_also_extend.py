"""Titled aides whose deals are told by the bare verb ending the clause ("assistant A and fitness coach B
also extend", "goalkeeping coach C also prolongs", translated "también renuevan"): each aide extends his
own deal. The verb with an object of another kind ("extend their lead") tells no deal."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_RENEWAL = "Norway have extended the contract of head coach Stig Halvorsen until the end of 2028. "


@pytest.mark.parametrize(
    ("told", "aides"),
    [
        ("Assistant Erik Moen and fitness coach Lars Dahl also extend.", {"Erik Moen", "Lars Dahl"}),
        ("Goalkeeping coach Erik Moen also prolongs, as expected.", {"Erik Moen"}),
        (
            "Goalkeeping coach Erik Moen, with the squad since 2017, and assistant Lars Dahl both extend.",
            {"Erik Moen", "Lars Dahl"},
        ),
    ],
)
def test_titled_aides_extend_by_the_bare_verb(told: str, aides: set[str]) -> None:
    extended = {f["coach"] for f in facts_of(_RENEWAL + told) if f["event"] == "extended"}
    assert aides <= extended


def test_verb_with_another_object_is_no_deal() -> None:
    told = "Assistant Erik Moen and fitness coach Lars Dahl hope the side extend their lead at the top."
    extended = {f["coach"] for f in facts_of(_RENEWAL + told) if f["event"] == "extended"}
    assert not extended & {"Erik Moen", "Lars Dahl"}
