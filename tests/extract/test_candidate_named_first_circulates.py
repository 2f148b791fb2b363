"""A candidate the press or the board names first, with no "the name of" before him, is linked with the post
in view as "the names of A and B circulate" is: "X, formerly of C, is circulating as a successor", "X was
discussed but never approached", "X, who led C to promotion, has also been mentioned as a possible return".
Near misses: the club's own coach talked of ("was discussed at length"), a man "mentioned as" anything but a
candidate, and the same words with no post to fill in view."""

from __future__ import annotations

from extract_helpers import keys_of

_SEARCH = "Oakfield Rovers sacked Tomas Brandt on Monday and are searching for a new head coach. "
_LINKED = ("Bram Kessler", "Oakfield Rovers", "first_team", "linked")


def test_circulating_as_a_successor() -> None:
    text = _SEARCH + "Bram Kessler, formerly of Harwich Town, is circulating as a successor."
    assert _LINKED in keys_of(text)


def test_circulating_to_take_the_succession() -> None:
    assert _LINKED in keys_of(_SEARCH + "Bram Kessler was circulating to take the succession.")


def test_discussed_but_never_approached() -> None:
    assert _LINKED in keys_of(_SEARCH + "Bram Kessler was discussed but never approached.")


def test_mentioned_as_a_possible_return() -> None:
    text = _SEARCH + (
        "Bram Kessler, who led Rovers to promotion in 2008, has also been mentioned as a possible return."
    )
    assert _LINKED in keys_of(text)


def test_mentioned_as_something_else_is_no_candidate() -> None:
    text = _SEARCH + "Bram Kessler was mentioned as the man behind the win."
    assert _LINKED not in keys_of(text)


def test_club_own_coach_discussed_is_no_candidate() -> None:
    text = (
        "Oakfield Rovers manager Bram Kessler held a meeting with the board on Monday. Kessler was discussed "
        "at length by the directors."
    )
    assert _LINKED not in keys_of(text)


def test_no_post_to_fill() -> None:
    text = "Oakfield Rovers beat Harwich Town 2-0 on Saturday. Bram Kessler was discussed afterwards."
    assert _LINKED not in keys_of(text)
