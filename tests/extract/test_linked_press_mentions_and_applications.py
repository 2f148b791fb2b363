"""A candidate told by who names him or by his own candidacy is linked with the post open in the story:
"has been mentioned by supporters", "… in local reports as a candidate", "… as a possible long-term
successor", "had also applied (for the position)", "was among the finalists", "is a frontrunner for the job"
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Greenock Morton sacked manager Dougie Imrie on Monday. "


def _links(text: str, coach: str) -> set[str]:
    facts = keys_of(_LEAD + text)
    return {club for person, club, _squad, event in facts if person == coach and event == "linked"}


@pytest.mark.parametrize(
    "text",
    [
        "Former Ayr boss Neil McCann has been mentioned by supporters.",
        "Former Ayr boss Neil McCann has been mentioned in local reports as a candidate.",
        "Former Ayr boss Neil McCann has been mentioned as a possible long-term successor.",
        "Former Ayr boss Neil McCann had also applied, according to the Greenock Telegraph.",
        "Former Ayr boss Neil McCann has applied for the vacant position.",
        "Former Ayr boss Neil McCann was among the finalists, sources said.",
        "Former Ayr boss Neil McCann is a frontrunner for the job.",
    ],
)
def test_named_or_applying_candidate_is_linked(text: str) -> None:
    assert _links(text, "Neil McCann") == {"Greenock Morton"}


@pytest.mark.parametrize(
    "text",
    [
        # named for something else than the post
        "Former Ayr boss Neil McCann has been mentioned by supporters as a hero of the 2010 cup run.",
        # a coach-of-the-year award's finalists
        "Former Ayr boss Neil McCann was among the finalists for the manager of the year award.",
        # "applied" in another sense
        "Former Ayr boss Neil McCann applied pressure on the board all season.",
        "Former Ayr boss Neil McCann applied for Irish citizenship.",
    ],
)
def test_no_link(text: str) -> None:
    assert not _links(text, "Neil McCann")
