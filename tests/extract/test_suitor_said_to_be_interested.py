"""A club that opens a sentence only courting the man, its interest told as reported ('C are also said to be
interested in the coach', 'C are understood to have approached him'), named there first, is a suitor in an
aside: the story does not turn to it, so staff kept on in the next sentence stay at the story's club. Near
miss: a suitor the story named before (its own search, told earlier) still opens its sentence."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_TALKS = "Oakfield Rovers have opened talks with Piet Lammers about a new contract. "
_KEPT = " Goalkeeping coach Tomas Brandt stays on."


@pytest.mark.parametrize(
    "suitor",
    [
        "Harwich Town are also said to be interested in the coach.",
        "Harwich Town are understood to have approached him in the summer.",
    ],
)
def test_staff_kept_on_after_a_reported_suitor(suitor: str) -> None:
    text = _TALKS + "Lammers has been in charge since 2022. " + suitor + _KEPT
    spells = spells_of(text, "Tomas Brandt")
    assert "Oakfield Rovers" in spells
    assert "Harwich Town" not in spells


def test_suitor_named_before_still_opens_its_sentence() -> None:
    text = (
        "Harwich Town sacked Jan Vos on Monday. "
        + _TALKS
        + "Harwich Town are also said to be interested in the coach."
        + _KEPT
    )
    assert "Oakfield Rovers" not in spells_of(text, "Tomas Brandt")
