"""'Academy manager X', 'academy director X': the head of a club's academy runs it as an executive does, no
youth team's coach; the title reads no youth spell. 'Academy coach X' still reads one, and the head of the
academy taking charge of the first team is still read. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Oldham sacked Micky Mellon on Sunday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Academy manager Tom Wade took training on Monday.",
        "The search will be led by academy director Tom Wade.",
    ],
)
def test_head_of_academy_reads_no_youth_spell(sentence: str) -> None:
    keys = keys_of(LEAD + sentence, "2024-06-20")
    assert not any(k[0] == "Tom Wade" and k[2] == "youth" for k in keys)


def test_near_miss_academy_coach_reads_a_youth_spell() -> None:
    keys = keys_of(LEAD + "Academy coach Tom Wade took training on Monday.", "2024-06-20")
    assert ("Tom Wade", "Oldham Athletic", "youth", "in_charge") in keys


def test_near_miss_head_of_academy_taking_the_first_team() -> None:
    keys = keys_of(
        LEAD + "Academy manager Tom Wade will take charge of the first team for the remaining four matches.",
        "2024-06-20",
    )
    assert any(k[0] == "Tom Wade" and k[2] == "first_team" for k in keys)
