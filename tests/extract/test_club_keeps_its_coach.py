"""A club's word on the coach it has: 'C are ready to offer X a new contract', 'C insist X's job is
safe', 'C are ready to give X more time' tell X in charge of C. Players are spoken of in the same words,
so the fact holds only in a story of coaching changes or where the story makes him a coach elsewhere."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# a round-up that tells a coaching change first, as gossip columns do
_ROUNDUP = "Kilmarnock have sacked Alan Birrell after five straight defeats. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Dundee are ready to offer Colin Strachan a new contract after his unbeaten start at Dens Park.",
        "DUNDEE are set to hand Colin Strachan an improved deal after their promotion.",
        "Dundee insist Colin Strachan's job is safe despite one win in eight games.",
        "Dundee are prepared to give Colin Strachan more time despite their slide down the table.",
    ],
)
def test_the_clubs_word_on_its_coach(sentence: str) -> None:
    assert ("Colin Strachan", "Dundee", "first_team", "in_charge") in keys_of(_ROUNDUP + sentence)


def test_a_coach_named_as_one_elsewhere_in_the_story() -> None:
    text = (
        "Dundee manager Colin Strachan was pleased with the draw. Dundee are ready to offer Colin Strachan a "
        "new contract after the unbeaten run."
    )
    assert ("Colin Strachan", "Dundee", "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player's new deal, in a story of no coaching change
        "Colin Strachan scored twice on Saturday. Dundee are ready to offer Colin Strachan a new contract.",
        "Dundee are ready to offer Colin Strachan a new contract after his eight goals this season.",
        # the job offered by another club is an approach, read elsewhere, not his post there
        _ROUNDUP + "Dundee are ready to offer Colin Strachan the job.",
        # his job safe said by a man, not the club
        _ROUNDUP + "Colin Strachan insists his job is safe.",
    ],
)
def test_no_coach_in_charge(text: str) -> None:
    assert ("Colin Strachan", "Dundee", "first_team", "in_charge") not in keys_of(text)
