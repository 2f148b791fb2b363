"""The stand-in a new coach replaces, told with his stand-in spell ("takes over from Y, who led the team as
caretaker", "had replaced Y, who was interim after Z's exit", "takes the place of Y, who had guided the
side on an interim basis"), held the post as caretaker beside leaving it. Not "who took over as interim in
May" (his appointment), nor a permanent coach's deeds ("who led the team to the title"): the rule reads
only a stand-in's spell."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_APPOINTED = "Benfica have appointed Tomas Mora as head coach. "


def _ostrowski(text: str) -> set[tuple[str, str]]:
    return {
        (f["event"], f["role"])
        for f in facts_of(_APPOINTED + text, "2024-09-02")
        if (f["coach"], f["club"]) == ("Jan Ostrowski", "Benfica")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Mora takes over from Jan Ostrowski, who led the Eagles as caretaker after the sacking in May.",
        "Mora had replaced Jan Ostrowski, who was interim after the exit of Pavel Novak.",
        "Mora takes the place of Jan Ostrowski, who had guided the side on an interim basis since April.",
    ],
)
def test_stand_in_replaced_held_the_post_as_caretaker(sentence: str) -> None:
    assert ("in_charge", "caretaker") in _ostrowski(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mora takes over from Jan Ostrowski, who took over as interim in May.",
        "Mora replaces Jan Ostrowski, who led the team to the title last season.",
    ],
)
def test_no_stand_in_spell_read_otherwise(sentence: str) -> None:
    assert ("in_charge", "caretaker") not in _ostrowski(sentence)
