"""'…, leaving the team 20th': a subjectless 'leaving' followed by the table place he left the club in
tells a standing, not a departure; 'leaving the club in 2023' still is one."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

_CLUB = "Fleetwood Town"


@pytest.mark.parametrize(
    "text",
    [
        "Scott Brown took charge of Fleetwood in 2022, leaving the team 20th after ten games.",
        "Scott Brown took charge of Fleetwood in 2022, leaving the club bottom of League One.",
        "Scott Brown took charge of Fleetwood in 2022, leaving Fleetwood two points off safety in 2023.",
        "Scott Brown took charge of Fleetwood in 2022, leaving the side in the relegation zone in 2023.",
        "Scott Brown took charge of Fleetwood in 2022, leaving the club in mid-table in 2023.",
        "Scott Brown took charge of Fleetwood in 2022, leaving the team top of the table at Christmas.",
    ],
)
def test_a_standing_after_leaving_is_no_departure(text: str) -> None:
    events = events_of(text)
    assert ("Scott Brown", _CLUB, "appointed") in events  # the appointment still read
    assert ("Scott Brown", _CLUB, "left") not in events


@pytest.mark.parametrize(
    "text",
    [
        "Scott Brown took charge of Fleetwood in 2022, leaving the club in 2023.",
        "Scott Brown took charge of Fleetwood in 2022, leaving the team at the end of the season.",
    ],
)
def test_leaving_the_club_is_still_a_departure(text: str) -> None:
    events = events_of(text)
    assert ("Scott Brown", _CLUB, "appointed") in events
    assert ("Scott Brown", _CLUB, "left") in events
