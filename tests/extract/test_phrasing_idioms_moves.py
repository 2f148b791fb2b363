"""Common idioms of coaching news, written for these tests in our own words: sackings told as
'showed X the door' / 'gave X the sack' / 'X paid the price for …', a stand-in who 'steps up on an
interim basis', 'X was brought in as C's new manager', moves told as 'left A to become B manager',
'left A and joined B', 'X was poached by / lured to C (from D)', 'C poached X from D'."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

_CONTEXT = "Rotherham United have sacked Pieter Aalst. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sackings told as idioms, active and passive
        ("Portsmouth showed Jon Mervin the door on Monday.", ("Jon Mervin", "Portsmouth", "dismissed")),
        ("Stoke City have shown manager Jon Mervin the door.", ("Jon Mervin", "Stoke City", "dismissed")),
        (
            "Charlton Athletic have given Jon Mervin the sack.",
            ("Jon Mervin", "Charlton Athletic", "dismissed"),
        ),
        ("Barnsley handed Jon Mervin his marching orders.", ("Jon Mervin", "Barnsley", "dismissed")),
        ("Jon Mervin has been given the boot by Reading.", ("Jon Mervin", "Reading", "dismissed")),
        (
            "Bolton Wanderers boss Jon Mervin was handed the sack.",
            ("Jon Mervin", "Bolton Wanderers", "dismissed"),
        ),
        (
            "Jon Mervin has paid the price for Wigan Athletic's poor start to the season.",
            ("Jon Mervin", "Wigan Athletic", "dismissed"),
        ),
        (
            "Oxford United boss Jon Mervin paid the price with his job.",
            ("Jon Mervin", "Oxford United", "dismissed"),
        ),
        # a stand-in stepping up
        (
            _CONTEXT + "Under-21 coach Sam Delane steps up on an interim basis.",
            ("Sam Delane", "Rotherham United", "appointed"),
        ),
        (
            _CONTEXT + "Assistant Sam Delane steps up as caretaker manager.",
            ("Sam Delane", "Rotherham United", "appointed"),
        ),
        (
            _CONTEXT + "Sam Delane has stepped up to take interim charge of the side.",
            ("Sam Delane", "Rotherham United", "appointed"),
        ),
        (
            _CONTEXT + "Sam Delane will step up to lead the first team until a successor is found.",
            ("Sam Delane", "Rotherham United", "appointed"),
        ),
        (
            _CONTEXT + "Sam Delane steps up to take the reins until the summer.",
            ("Sam Delane", "Rotherham United", "appointed"),
        ),
        (
            _CONTEXT + "Sam Delane has stepped up from his post as first-team coach to take the reins for "
            "the rest of the campaign.",
            ("Sam Delane", "Rotherham United", "appointed"),
        ),
        # "brought in as" in the passive
        (
            "Sam Delane has been brought in as Exeter City's new head coach.",
            ("Sam Delane", "Exeter City", "appointed"),
        ),
        (
            "Exeter City confirmed that Sam Delane was brought in as manager.",
            ("Sam Delane", "Exeter City", "appointed"),
        ),
        # the next post of a man leaving: "to become B manager", "and joined B", "and will take charge of B"
        (
            "Sam Delane left Exeter City to become Plymouth Argyle manager in June.",
            ("Sam Delane", "Plymouth Argyle", "appointed"),
        ),
        (
            "Sam Delane quit Exeter City to become Plymouth Argyle's new head coach.",
            ("Sam Delane", "Plymouth Argyle", "appointed"),
        ),
        (
            _CONTEXT + "Sam Delane left Exeter City and joined Plymouth Argyle in May.",
            ("Sam Delane", "Plymouth Argyle", "appointed"),
        ),
        (
            "Sam Delane has departed Exeter City and will take charge of Plymouth Argyle.",
            ("Sam Delane", "Plymouth Argyle", "appointed"),
        ),
        # poached / lured, from either side
        ("Sam Delane has been poached by Sheffield United.", ("Sam Delane", "Sheffield United", "appointed")),
        (
            "Exeter City boss Sam Delane has been lured away by Sheffield United.",
            ("Sam Delane", "Sheffield United", "appointed"),
        ),
        (
            "Sam Delane was lured to Sheffield United from Exeter City.",
            ("Sam Delane", "Exeter City", "left"),
        ),
        (
            "Sam Delane was lured to Sheffield United from Exeter City.",
            ("Sam Delane", "Sheffield United", "appointed"),
        ),
        (
            "Sheffield United poached Sam Delane from Exeter City.",
            ("Sam Delane", "Sheffield United", "appointed"),
        ),
    ],
)
def test_idiom_tells_the_event(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player's price, a result: no sacking
        "Rotherham United striker Sam Delane paid the price for his red card and was dropped.",
        # a promotion from the academy told with "stepped up from": not a stand-in's appointment here
        "Sam Delane stepped up to the first team from the academy as a player in 2015.",
        # taking the reins of a game plan, no stand-in's words after it
        "Sam Delane stepped up to take the reins in midfield after the break.",
        # a man joining a club's staff after leaving: not a head coach's post
        "Sam Delane left Exeter City and joined Plymouth Argyle's coaching staff.",
        # a player brought in
        "Sam Delane was brought in from the bench in the second half.",
    ],
)
def test_idiom_without_the_event(text: str) -> None:
    assert not {e for e in events_of(text) if e[2] in ("dismissed", "appointed")}
