"""An aide's boss named with no club after him coached the club in view: "X had been the vice of Y in the
previous season", "X, until now assistant of Y, becomes head coach", "X was head coach assistant of Y and
took over the team". A club told before the link ("joined C as assistant to Y") is read by other rules,
and "head coach assistant" is no head coach's title (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Grasshoppers have handed a new contract to head coach Marco Keller. "


@pytest.mark.parametrize(
    "aide",
    [
        "Keller had been the vice of Urs Fischer in the previous season.",
        "Keller was head coach assistant of Urs Fischer and took over the team in May when Fischer left.",
        "Keller had been the number two of Urs Fischer for two seasons.",
    ],
)
def test_the_boss_coached_the_club_in_view(aide: str) -> None:
    keys = keys_of(_LEAD + aide)
    assert ("Urs Fischer", "Grasshopper Club Zürich", "first_team", "in_charge") in keys


def test_head_coach_assistant_is_no_head_coach_title() -> None:
    facts = facts_of(
        _LEAD + "Keller, a former Switzerland international, was head coach assistant of Urs Fischer."
    )
    assert not any(f["coach"] == "Marco Keller" and f["club"] == "Switzerland" for f in facts)


@pytest.mark.parametrize(
    "other",
    [
        # the club told before the link is where he assisted, no boss's spell at the club in view
        "Keller joined Basel as assistant to Urs Fischer in 2017.",
        # a club after the boss: read with that club
        "Keller had been the vice of Urs Fischer at Basel.",
        # no aide's link: a player under him
        "Keller played under Urs Fischer in the previous season.",
    ],
)
def test_no_spell_at_the_club_in_view(other: str) -> None:
    keys = keys_of(_LEAD + other)
    assert ("Urs Fischer", "Grasshopper Club Zürich", "first_team", "in_charge") not in keys
