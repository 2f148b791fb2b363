"""'X, now manager of C', 'X, today coach of C': an apposition telling the post the man holds as the story
is told is his spell at C, as 'X, the current coach of C' is. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "The former Ajax defender Kees Molen died on Sunday at 81. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Erik Brandt, now manager of Feyenoord, called him a father figure.",
        "Erik Brandt, now the coach of Feyenoord, called him a father figure.",
        '"He taught us everything," said Erik Brandt, today coach of Feyenoord.',
    ],
)
def test_now_coach_of_is_a_spell(sentence: str) -> None:
    assert ("Erik Brandt", "Feyenoord", "first_team", "in_charge") in keys_of(_LEAD + sentence, "2024-05-20")


@pytest.mark.parametrize(
    "sentence",
    [
        # a player now at the club: no coaching title
        "Erik Brandt, now at Feyenoord, called him a father figure.",
        # the post is another man's: the appositive names Brandt's boss
        "Erik Brandt, now assistant to the coach of Feyenoord, called him a father figure.",
    ],
)
def test_now_without_his_title_is_no_spell(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence, "2024-05-20")
    assert not [k for k in keys if k[0] == "Erik Brandt" and k[3] == "in_charge" and k[1] == "Feyenoord"]
