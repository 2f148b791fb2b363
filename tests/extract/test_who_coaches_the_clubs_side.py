"""'X, who coaches the club's under-21 side, takes charge', 'who coaches Rovers' reserves': the side he leads
as the story is told, its owner named before it (the club's, the club by name) as 'who coaches the
under-21 side' tells it. Not a side he played in, nor the club's players he coaches. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Bristol Rovers have sacked Joey Barton. "


@pytest.mark.parametrize(
    ("text", "squad"),
    [
        (
            _SACKED + "Tom Baker, who coaches the club's under-21 side, takes charge for Saturday's game.",
            "u21",
        ),
        (
            _SACKED
            + "Tom Baker, who coaches Bristol Rovers' under-18s, will take the team until a successor is "
            "named.",
            "u18",
        ),
    ],
)
def test_the_side_he_coaches(text: str, squad: str) -> None:
    assert ("Tom Baker", "Bristol Rovers", squad, "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a side he played in
        _SACKED + "Tom Baker, who played in the club's under-21 side, takes charge for Saturday's game.",
        # the club's players, no side
        _SACKED + "Tom Baker, who coaches the club's strikers, takes charge for Saturday's game.",
    ],
)
def test_near_miss_no_side_of_his(text: str) -> None:
    assert not {key for key in keys_of(text) if key[0] == "Tom Baker" and key[2] not in ("first_team",)}
