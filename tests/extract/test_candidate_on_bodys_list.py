"""A candidate on a list told by the body that keeps it: "is on the list of the board", "was also on the
list of the technical committee". Each is a candidate for the post in view (linked); not a list of the
board's own ("the list of the board's guests"). Sentences and names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Heerenveen have dismissed head coach Wouter Lindeboom after a run of seven defeats. "


@pytest.mark.parametrize(
    "rumour",
    [
        "According to the regional paper, Sjoerd Mulder is on the list of the board.",
        "Sjoerd Mulder, formerly of Emmen, was also on the list of the technical committee.",
        "Sjoerd Mulder is understood to be on the list of the directors.",
    ],
)
def test_a_man_on_the_bodys_list_is_a_candidate(rumour: str) -> None:
    assert ("Sjoerd Mulder", "SC Heerenveen", "first_team", "linked") in keys_of(_LEAD + rumour)


# --- near misses: a list that is no search for a coach ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sjoerd Mulder is on the list of players banned for the derby.",
        "Sjoerd Mulder was on the list of the board's guests at the gala dinner.",
    ],
)
def test_other_lists_name_no_candidate(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    assert not any(k[0] == "Sjoerd Mulder" and k[3] == "linked" for k in keys)
