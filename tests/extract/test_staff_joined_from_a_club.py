"""'He spent five years at C before joining Y's coaching staff', 'left C to join Y's side': Y's team is
joined by a move away from C, so C is no club of Y's (Y's own club only when the text names it: "Y's
coaching staff at D"). A club named otherwise before the possessive ('C B-team coach X will join Y's
staff', 'appointed C's under-21 coach, he joined Y's senior staff') is still Y's. Written for these tests
in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

STORY = "Portugal named Tiago Brás as assistant coach. "


@pytest.mark.parametrize(
    "text",
    [
        "He spent four years at Aberdeen before joining Marco Lindqvist's coaching staff.",
        "He left Aberdeen to join Marco Lindqvist's backroom staff.",
        "He worked with Aberdeen before moving to Marco Lindqvist's staff.",
    ],
)
def test_club_left_behind_is_not_the_boss(text: str) -> None:
    assert not any(k[0] == "Marco Lindqvist" and k[1] == "Aberdeen" for k in keys_of(STORY + text))


def test_club_named_after_the_staff_is_the_boss() -> None:
    text = STORY + "He left Aberdeen to join Marco Lindqvist's coaching staff at Hibernian."
    keys = keys_of(text)
    assert ("Marco Lindqvist", "Hibernian", "first_team", "in_charge") in keys
    assert not any(k[0] == "Marco Lindqvist" and k[1] == "Aberdeen" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Current Aberdeen B coach Tiago Brás will join Marco Lindqvist's coaching staff this summer.",
        "Brás was appointed Aberdeen under-21 coach in 2019, and he joined Marco Lindqvist's senior "
        "coaching staff in 2021.",
    ],
)
def test_club_of_a_title_stays_the_bosss(text: str) -> None:
    assert any(k[0] == "Marco Lindqvist" and k[1] == "Aberdeen" for k in keys_of(text))
