"""'X joined from C in February, having spent a decade in charge at C's ground': the arrival is at the
story's club, never at the club he came from, whatever the participle clause after it names (sentences
of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Queens Park Rangers have sacked manager Gary Ainsley. "
_AT_STORY_CLUB = ("Gary Ainsley", "Queens Park Rangers", "first_team", "appointed")
_AT_ORIGIN = ("Gary Ainsley", "Wycombe Wanderers", "first_team", "appointed")


@pytest.mark.parametrize(
    "arrival",
    [
        "Ainsley, 50, joined from Wycombe Wanderers in February after upwards of a decade "
        "in charge at Adams Park.",
        "Ainsley joined from Wycombe Wanderers last February, having spent ten years in charge "
        "at Adams Park.",
        "Ainsley, who arrived from Wycombe Wanderers in February, had spent a decade in charge "
        "at Adams Park.",
    ],
)
def test_arrival_is_at_the_story_s_club(arrival: str) -> None:
    keys = keys_of(_LEAD + arrival)
    assert _AT_STORY_CLUB in keys and _AT_ORIGIN not in keys
    assert ("Gary Ainsley", "Wycombe Wanderers", "first_team", "left") in keys


def test_arrival_at_a_club_named_after_the_origin_stays() -> None:
    # near-miss: the club he joined named in the words ("joined C from D") is his post
    text = "Manager Gary Ainsley joined Queens Park Rangers from Wycombe Wanderers in February."
    keys = keys_of(text)
    assert _AT_STORY_CLUB in keys and _AT_ORIGIN not in keys
