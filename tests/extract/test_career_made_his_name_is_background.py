"""'He made his name at C', 'She cut her teeth at C': where a career began, background to the story, which
does not follow the man there; a clubless staff sentence after it ('Goalkeeping coach Y stays') is the
story's club's. A spell told plainly ('He led C from 2019 to 2022 …') still takes the story there, as
before. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Stoke City have appointed Tom Reddy as head coach. "
_STAFF = " Goalkeeping coach Pat Moss stays."


@pytest.mark.parametrize(
    "career",
    [
        "Reddy made his name at Lokeren, which he led from 2018 to 2021 and took up to the top flight.",
        "Reddy cut his teeth at Lokeren, which he led from 2019 to 2022.",
        "He first made his name at Lokeren, where he won the cup in 2021.",
    ],
)
def test_staff_after_a_career_beginning_stay_at_the_story_club(career: str) -> None:
    keys = keys_of(_NEWS + career + _STAFF)
    assert ("Pat Moss", "Stoke City", "first_team", "in_charge") in keys
    assert ("Pat Moss", "KSC Lokeren", "first_team", "in_charge") not in keys
    assert ("Tom Reddy", "KSC Lokeren", "first_team", "in_charge") in keys


def test_a_spell_told_plainly_still_moves_the_story() -> None:
    # (an aide told in the past there: "Pat Moss stays", in the present, is the story club's news again)
    spell = "Reddy led Lokeren from 2019 to 2022 and took them into the top flight."
    keys = keys_of(_NEWS + spell + " Goalkeeping coach Pat Moss stayed with him throughout.")
    assert ("Pat Moss", "KSC Lokeren", "first_team", "in_charge") in keys
