"""A candidate told in more of the press's words: a modal short of "set to" ("X could replace Y"), a
club's interest hedged ("are believed to favour X", "are tracking X"), the odds, the race, the interviews
to come, and a wish for the post the story is about (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Kilmarnock dismissed Neil Ashby on Monday after a run of five defeats. "


def _linked(sentence: str) -> set[str]:
    keys = keys_of(_LEAD + sentence)
    return {club for coach, club, _squad, event in keys if coach == "Owen Farrelly" and event == "linked"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Owen Farrelly could replace Ashby at Rugby Park.",
        "Owen Farrelly might take over before the derby.",
        "Owen Farrelly may yet be the man to succeed Ashby.",
        "Owen Farrelly could be handed the reins until the summer.",
        "Owen Farrelly is the odds-on favourite to replace Ashby.",
        "Owen Farrelly is one of four candidates for the post.",
        "Owen Farrelly leads the race to succeed Ashby.",
        # a pair named at once, the plural after "the"
        "Owen Farrelly and Gus Tierney are the other contenders.",
        "Gus Tierney and Owen Farrelly are seen as the leading candidates.",
        # the list's first name
        "Owen Farrelly is the name at the top of the list.",
        "Owen Farrelly is the first name on Kilmarnock's list.",
        "Owen Farrelly is expected to be interviewed this week.",
        "Owen Farrelly is understood to be keen on the vacant job.",
        "Owen Farrelly has expressed an interest in the position.",
        "Kilmarnock are tracking Owen Farrelly.",
        "Kilmarnock are believed to favour Owen Farrelly.",
        "Kilmarnock are expected to move for Owen Farrelly.",
        "Kilmarnock are lining up Owen Farrelly as Ashby's successor.",
        "Kilmarnock are hoping to lure Owen Farrelly as Ashby's replacement.",
    ],
)
def test_the_candidate_is_linked(sentence: str) -> None:
    assert "Kilmarnock" in _linked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a modal of something other than the post
        "Owen Farrelly may well be disappointed by the news.",
        # a hedge about something else
        "Owen Farrelly could only watch as his side lost again.",
        # the race is a league's, not the post's
        "Owen Farrelly's Ayr United lead the race for promotion.",
        # interest in another post, named
        "Owen Farrelly is interested in the job at Partick Thistle.",
        # a favour is no candidate
        "Kilmarnock did Owen Farrelly a favour by releasing him early.",
        # a team sheet's first name is a player's
        "Owen Farrelly is the first name on the team sheet.",
    ],
)
def test_no_candidate_of_kilmarnock_is_read(sentence: str) -> None:
    assert "Kilmarnock" not in _linked(sentence)


def _events(sentence: str) -> set[str]:
    keys = keys_of(_LEAD + sentence)
    return {event for coach, club, _squad, event in keys if coach == "Owen Farrelly" and club == "Kilmarnock"}


def test_names_opening_the_sentence_are_candidates_not_an_appointment() -> None:
    events = _events("Names in the frame include Owen Farrelly and Derek Hale.")
    assert "linked" in events
    assert "appointed" not in events


def test_a_club_that_names_him_still_appoints() -> None:
    assert "appointed" in _events("Kilmarnock names Owen Farrelly as head coach.")
