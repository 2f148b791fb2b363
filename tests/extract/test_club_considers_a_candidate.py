"""A club's interest in a candidate told in more words: "C would consider X", "C are expected to turn to X",
"C have made X their top target", "C, who sacked Y on Friday, are considering X", with X named by the post he
holds now ("D boss X", "D assistant X") (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Motherwell sacked Ian Lowry on Sunday. "


def _linked(text: str) -> set[str]:
    return {
        club for coach, club, _squad, event in keys_of(text) if coach == "Tom Baxter" and event == "linked"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Motherwell would consider Livingston boss Tom Baxter, the Record reports.",
        "Motherwell are expected to turn to Livingston boss Tom Baxter as Lowry's replacement.",
        "Motherwell have made Livingston boss Tom Baxter their top target.",
        "Motherwell, who sacked Lowry after a 4-0 defeat, are also considering former Livingston boss Tom "
        "Baxter.",
        "Motherwell are considering Livingston assistant Tom Baxter, according to the Record.",
    ],
)
def test_the_club_considers_the_candidate(sentence: str) -> None:
    assert "Motherwell" in _linked(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a captain made, no candidate
        "Motherwell have made Tom Baxter captain for the season.",
        # a verdict, not a candidate
        "Motherwell would consider it a disgrace, Tom Baxter said.",
        # the club turns to its youth, the man only speaks
        "Motherwell are expected to turn to youth against Livingston, said Tom Baxter.",
    ],
)
def test_no_candidate_without_the_club_turning_to_him(sentence: str) -> None:
    assert "Motherwell" not in _linked(_LEAD + sentence)
