"""'won … with C' told of subjects the rule did not read: 'X, the Basque who won the Cup with C',
'…, and earlier / and before that won the league with C' (the clause's subject), 'was champion with C' and
'… and became champion with C'. Never a world champion's, nor a player's title."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hull turned to Lund, the Norwegian who won the league with Rosenborg last season.",
        "Hull turned to Lund, the 52-year-old who won the cup with Rosenborg in 2019.",
        "Lund kept Molde up last season, and earlier won the Norwegian title with Rosenborg.",
        "Lund guided Molde to third place, and before that won the cup with Rosenborg in 2016.",
        "Lund had come from Molde in 2023, and had earlier won three league titles with Rosenborg.",
        "Lund, 56, coached Norway between 2013 and 2015 and was champion with Rosenborg.",
        "Lund was champion twice with Rosenborg before moving abroad.",
        "Lund became champion with Rosenborg in his first season.",
    ],
)
def test_the_subjects_title_with_a_club_is_his_spell(sentence: str) -> None:
    assert ("Erik Lund", "Rosenborg", "first_team", "in_charge") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund was world champion with Norway in 2006.",
        "Lund was champion with Rosenborg as a player.",
        "Hull turned to Lund, the Norwegian who won the league with Rosenborg as a midfielder.",
    ],
)
def test_no_coaching_title_no_spell(sentence: str) -> None:
    facts = keys_of(_LEAD + sentence)
    assert not {f for f in facts if f[3] == "in_charge" and f[1] in ("Rosenborg", "Norway")}
