"""Aides told joining together in one sentence join one staff: "Y will be assisted by A, while B joins as
goalkeeping coach and C as analyst". The one whose own words name no squad takes the squad the other
arrival is given (the under-20 staff of the under-20 coach), not the senior side by default. Not aides told
staying (they may stay with the first team), nor one whose own words name his squad. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# (the story names the senior side's new man before the aides: the story's squad is no longer the U-20s')
_LEAD = (
    "The Estonian Football Association have named Marek Ostrander head coach of the under-20 national team. "
    "He replaces Dario Pelt, who left the under-20 job to take interim charge of the senior national team. "
    "Karl Mets has since been appointed head coach of the senior side. "
)


@pytest.mark.parametrize(
    ("text", "aides"),
    [
        (
            _LEAD
            + "Ostrander will be assisted by Paulo Venn, while Ike Darrow joins as goalkeeping coach and "
            "Tom Ruel as performance analyst.",
            ("Paulo Venn", "Ike Darrow", "Tom Ruel"),
        ),
        (
            _LEAD + "Ostrander will be assisted by Paulo Venn, while former goalkeeper Ike Darrow joins as "
            "goalkeeping coach.",
            ("Paulo Venn", "Ike Darrow"),
        ),
    ],
)
def test_aides_joining_together_take_the_one_squad(text: str, aides: tuple[str, ...]) -> None:
    keys = keys_of(text)
    for aide in aides:
        assert (aide, "Estonia", "national_u20", "appointed") in keys
        assert (aide, "Estonia", "national", "appointed") not in keys


def test_near_miss_aide_who_stays_keeps_his_own_side() -> None:
    keys = keys_of(
        "Corby Athletic have named Marek Ostrander coach of their under-19 side. Ostrander will be "
        "assisted by Paulo Venn, while goalkeeping coach Ike Darrow stays with the club."
    )
    assert ("Ike Darrow", "Corby Athletic", "u19", "in_charge") not in keys
