"""A candidate his club keeps: "…, but C did not want to let him go", "C refused to release him", "but the
Grecians refused to let their coach go": his post at the club that refused (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# a search with a candidate shown coaching elsewhere in the story
_LEAD = (
    "Brentford sacked Pete Hallam on Sunday and began the search for a successor. "
    "Among the names is Owen Darby, who has coached Oxford United and Barnsley. "
)


def _posts(text: str) -> set[tuple[str, str]]:
    return {(club, event) for person, club, _squad, event in keys_of(text) if person == "Owen Darby"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Brentford wanted Darby, but Exeter City did not want to let him go.",
        "Darby was also said to be in the running, but Exeter City refused to release him.",
        "Darby was high on the list, but Exeter City would not let him leave mid-season.",
        "Brentford first approached Exeter City for Darby, but the Grecians refused to let their coach go.",
    ],
)
def test_the_club_that_refused_keeps_its_coach(sentence: str) -> None:
    assert ("Exeter City", "in_charge") in _posts(_LEAD + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # a player his club keeps: nothing shows him coaching
        "Brentford wanted striker Owen Darby, but Exeter City refused to let him go.",
        # a condition, not what happened
        _LEAD + "Exeter City would not let him go if they were still in the play-off race.",
        # the club let him go: his spell there ended, no refusal
        _LEAD + "Exeter City let him go in October.",
    ],
)
def test_no_post_of_a_player_a_condition_or_a_release(text: str) -> None:
    assert ("Exeter City", "in_charge") not in _posts(text)
