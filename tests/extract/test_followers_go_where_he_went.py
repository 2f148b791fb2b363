"""Aides who 'follow him to the Bundesliga' (no club named) follow their boss to the one club the story says
he went to, and leave the club he left; with no such club told, the story's club stays theirs."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = (
    "Blackpool have found a solution: Lee Bowyer takes over as head coach, after Paul Cook moved to Wigan "
    "Athletic on Tuesday. Cook had coached Blackpool since 2022. "
)


def test_followers_arrive_at_his_new_club() -> None:
    facts = keys_of(_LEAD + "Cook's assistants Stephen Dobbie and Ian Evatt follow him to League One.")
    for aide in ("Stephen Dobbie", "Ian Evatt"):
        assert (aide, "Wigan Athletic", "first_team", "appointed") in facts, aide
        assert (aide, "Blackpool", "first_team", "left") in facts, aide
        assert (aide, "Blackpool", "first_team", "appointed") not in facts, aide


def test_no_new_club_told_keeps_the_story_club() -> None:
    text = (
        "Blackpool have named Paul Cook as head coach. His assistant Stephen Dobbie follows him to the club."
    )
    facts = keys_of(text)
    assert not any(coach == "Stephen Dobbie" and club == "Wigan Athletic" for coach, club, _, _ in facts)
