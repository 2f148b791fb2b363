"""'won two league titles with A, three more with B': a further title with another club told by a count and
'more' after a comma, the verb "won" understood, is a spell at B. A clause with a verb of its own after the
comma ('…, signed two more players with B') or a player's count is none."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund won two league titles with Rosenborg, three more with Molde and also worked at Brann.",
        "Lund won the cup with Rosenborg, two more with Molde in Norway.",
        "Lund won two league titles with Rosenborg and three more with Molde.",
    ],
)
def test_a_further_count_of_titles_is_a_spell(sentence: str) -> None:
    facts = keys_of(_LEAD + sentence)
    assert {("Erik Lund", c, "first_team", "in_charge") for c in ("Rosenborg", "Molde")} <= facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund won two league titles with Rosenborg, then signed two more players from Molde.",
        "Lund won two league titles with Rosenborg, more than anyone at Molde.",
    ],
)
def test_no_further_title_no_spell(sentence: str) -> None:
    assert ("Erik Lund", "Molde", "first_team", "in_charge") not in keys_of(_LEAD + sentence)
