"""A sacking or departure story recalls the coach's arrival by the town, region or ground the club is at
('Haugen had arrived in Drammen in the summer of 2022', 'arrived at the Abbey Stadium last summer', 'had
only arrived in March'): his appointment at the club in view. A player's arrival or a visit for talks is
none. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_SACKED = "Cambridge United have sacked Ole Haugen. "


def _appointment(text: str) -> dict | None:
    return next(
        (
            f
            for f in facts_of(text, "2024-11-20")
            if (f["coach"], f["club"], f["event"]) == ("Ole Haugen", "Cambridge United", "appointed")
        ),
        None,
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (_SACKED + "Haugen had arrived in Drammen in the summer of 2022 from Norway.", "2022-07-01"),
        (_SACKED + "Haugen arrived at the Abbey Stadium in March 2023 and avoided relegation.", "2023-03-01"),
        (_SACKED + "The Norwegian had only arrived in February.", "2024-02-01"),
        (_SACKED + "Haugen arrived to Cambridgeshire in August to replace the departed coach.", "2024-08-01"),
        (_SACKED + "Haugen arrived in East Anglia last summer and started with five wins.", "2024-07-01"),
    ],
)
def test_arrival_told_by_town_or_ground_is_the_appointment(text: str, date: str) -> None:
    fact = _appointment(text)
    assert fact is not None
    assert fact["date"] == date


@pytest.mark.parametrize(
    "sentence",
    [
        # his playing days
        "Haugen arrived in England in 2009 as a player and retired at Cambridge.",
        # a visit, not an arrival at the club: no month, season or year after the town
        "Haugen arrived in Drammen on Monday for talks with the Norwegian club.",
    ],
)
def test_arrival_as_player_or_visit_is_no_appointment(sentence: str) -> None:
    keys = keys_of(_SACKED + sentence, "2024-11-20")
    assert ("Ole Haugen", "Cambridge United", "first_team", "dismissed") in keys
    assert ("Ole Haugen", "Cambridge United", "first_team", "appointed") not in keys
