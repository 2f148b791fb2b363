"""An aide "leaving for a job" elsewhere leaves the club of the story: "fitness coach X is leaving for a new
role with the federation"; a club after "for" is a move, and a trip is no departure (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_STORY = "Harrowgate United have appointed Dean Shelby as manager. "


def _keys(text: str) -> set[tuple[str, str]]:
    return {(club, event) for person, club, _squad, event in keys_of(text) if person == "Gary Fenwick"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fitness coach Gary Fenwick is leaving for a job at the national federation.",
        "Goalkeeping coach Gary Fenwick is departing for a new position in the academy of a rival.",
    ],
)
def test_aide_leaving_for_a_job_leaves(sentence: str) -> None:
    assert ("Harrowgate United", "left") in _keys(_STORY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a trip, not a departure
        "Fitness coach Gary Fenwick is leaving for a training camp in Portugal with the squad.",
        "Fitness coach Gary Fenwick is leaving for a holiday after the final game.",
    ],
)
def test_no_departure_for_a_trip(sentence: str) -> None:
    assert ("Harrowgate United", "left") not in _keys(_STORY + sentence)
