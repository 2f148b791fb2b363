"""'Head coach X will leave at the end of June when his contract expires', 'X will leave when his deal
runs out': a departure told with no object, only its time, at the club in view. A player leaving, or a
coach leaving "for" a trip, is none. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Daegu FC said on Tuesday that head coach Park Min-ho will leave at the end of the month.",
        "Head coach Park Min-ho will leave when his contract expires, Daegu FC said.",
        "Daegu FC confirmed that manager Park Min-ho is to leave at the end of the season.",
    ],
)
def test_coach_leaving_at_a_time_leaves_the_club_in_view(text: str) -> None:
    assert ("Park Min-ho", "Daegu FC", "first_team", "left") in keys_of(text, "2023-12-05")


@pytest.mark.parametrize(
    "text",
    [
        "Daegu FC beat Suwon FC. Striker Lee Min-ho will leave at the end of the season.",
        "Daegu FC head coach Park Min-ho will leave for the training camp on Monday.",
    ],
)
def test_no_coachs_departure_told(text: str) -> None:
    assert not any(event == "left" for *_, event in keys_of(text, "2023-12-05"))
