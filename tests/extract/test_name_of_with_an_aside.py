"""A press candidate told as "the name of X" with an aside set off by commas before the verb: "the name of
X, free since the summer, had also circulated", "the name of X, who led the side in 2013, was analysed by
the board" link X with the post in view. Near misses: an aside that is no search ("the club's founder, was
mentioned in the speech") and one giving his own club's title ("the coach of C"), whose search the other
rules place, add no link at the club in view."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Harwich Town sacked Piet Lammers on Monday after a run of six defeats. "


def _linked_here(text: str) -> set[str]:
    return {
        coach
        for coach, club, _squad, event in keys_of(_LEAD + text)
        if event == "linked" and club == "Harwich Town"
    }


def test_an_aside_then_the_name_circulated() -> None:
    text = "The name of Tomas Brandt, free since the summer, had also circulated in the town."
    assert _linked_here(text) == {"Tomas Brandt"}


def test_an_aside_then_the_name_analysed() -> None:
    text = "The name of Tomas Brandt, who led the side in 2013, was analysed by the board."
    assert _linked_here(text) == {"Tomas Brandt"}


def test_a_name_mentioned_in_a_speech_is_no_candidate() -> None:
    text = "The name of Tomas Brandt, the club's founder, was mentioned in the speech."
    assert _linked_here(text) == set()
