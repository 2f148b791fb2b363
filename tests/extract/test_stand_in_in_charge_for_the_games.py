"""A stand-in named for the coming games without the team: "X will be in charge for Saturday's trip", "will be
in temporary charge against C", while the post is open; with no post open it is the coach's own plans, and
an apposition telling he leads the team already keeps it his spell going on (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Hearts dismissed Colin Dray on Monday after a 4-0 defeat. "


def _caretakers(text: str) -> set[str]:
    return {
        f["club"]
        for f in facts_of(text)
        if f["coach"] == "Alan Moffat" and f["event"] == "appointed" and f["role"] == "caretaker"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Alan Moffat, the club's academy director, will be in charge for Saturday's trip to Perth.",
        "Alan Moffat will be in temporary charge against Aberdeen on Wednesday.",
        "Under-18 coach Alan Moffat will be in temporary charge for the next two games.",
    ],
)
def test_the_man_named_for_the_games_stands_in(sentence: str) -> None:
    assert "Heart of Midlothian" in _caretakers(_SACKED + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # no post open: the coach's own plans after a ban
        "Hearts manager Alan Moffat will be in charge for Saturday's game after serving his ban.",
        # he leads the team already: his spell goes on
        _SACKED
        + "Alan Moffat, who has led the side since Dray's exit, will be in charge for the next two games.",
        # in charge of something else
        _SACKED + "Alan Moffat will be in charge of ticket sales for Saturday's match.",
    ],
)
def test_no_stand_in_is_read(text: str) -> None:
    assert not _caretakers(text)
