"""A coach's earlier deed told as the second verb of a career sentence, after 'and' with its time word:
"Declan Keane coached Morecambe, and before that took Stockport County from the sixth tier to League One",
"and had earlier guided C to the title", "and previously led C to promotion" give her spell at the club
of the deed, as "and then led C to the title" did. Not a player's deed ("and earlier led C's attack"), nor
a deed that is no football result ("and before that took C to court"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_NEWS = "Blackburn Rovers have appointed Declan Keane as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        "Keane coached Morecambe, and before that took Stockport County from the sixth tier to League One.",
        "He had taken Morecambe into the play-offs, and earlier led Stockport County to promotion.",
        "Keane was in charge of Morecambe from 2019 and had earlier guided Stockport County to the title.",
        "Keane spent three years at Morecambe and previously led Stockport County to promotion.",
    ],
)
def test_the_earlier_deed_is_a_spell(text: str) -> None:
    assert spells_of(_NEWS + text, "Declan Keane") >= {"Morecambe", "Stockport County"}


@pytest.mark.parametrize(
    "text",
    [
        "Keane scored twice for Morecambe and earlier led Stockport County's attack.",
        "Keane coached Morecambe, and before that took Stockport County to court.",
    ],
)
def test_no_spell_from_a_players_deed_or_no_result(text: str) -> None:
    assert "Stockport County" not in spells_of(_NEWS + text, "Declan Keane")
