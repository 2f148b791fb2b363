"""The right event for a coach and a club: departures of a whole staff list, sackings told in a
relative clause or in translated wording, a coach stepping away. Phrasings written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a squad's title inside a staff list: every item leaves, not only the last two
            "Millwall sacked manager Tom Hale. Assistant manager Eric Vance, first-team coach Ian Brook "
            "and goalkeeping coach Bobby Marsh have also left The Den.",
            [
                ("Eric Vance", "Millwall", "first_team", "left"),
                ("Ian Brook", "Millwall", "first_team", "left"),
                ("Bobby Marsh", "Millwall", "first_team", "left"),
            ],
        ),
        (
            "Norwich City have dismissed manager Paul Lund. Assistant coach Mark Dent, under-23 coach "
            "Ray Hollis and fitness coach Simon Pratt have left the club as well.",
            [
                ("Mark Dent", "Norwich City", "first_team", "left"),
                ("Simon Pratt", "Norwich City", "first_team", "left"),
            ],
        ),
    ],
)
def test_staff_list_leaves_together(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    keys = keys_of(text)
    for key in expected:
        assert key in keys


def test_list_item_takes_its_own_title_not_the_next_ones() -> None:
    text = (
        "Millwall sacked manager Tom Hale. Assistant manager Eric Vance, first-team coach Ian Brook "
        "and goalkeeping coach Bobby Marsh have also left The Den."
    )
    roles = {(f["coach"], f["event"]): f["role"] for f in facts_of(text)}
    assert roles[("Eric Vance", "left")] == "assistant_coach"
    assert roles[("Bobby Marsh", "left")] == "goalkeeping_coach"
    assert ("Eric Vance", "in_charge") not in roles  # his title names the post he leaves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everton named Sean Dyche as manager. He succeeds Frank Lampard, whom the club sacked last week.",
            ("Frank Lampard", "Everton", "first_team", "dismissed"),
        ),
        (
            "Leeds United have hired Jesse Marsch. Marsch replaces Marcelo Bielsa, whom Leeds United "
            "fired on Sunday after a 4-0 defeat.",
            ("Marcelo Bielsa", "Leeds United", "first_team", "dismissed"),
        ),
        (
            "Valencia appointed Rubén Baraja. He takes over from Gennaro Gattuso, whom Valencia had "
            "dismissed in December.",
            ("Gennaro Gattuso", "Valencia", "first_team", "dismissed"),
        ),
    ],
)
def test_sacked_in_a_whom_clause(text: str, expected: tuple[str, str, str, str]) -> None:
    keys = keys_of(text)
    assert expected in keys
    coach, club, squad, _ = expected
    assert (coach, club, squad, "left") not in keys  # the sacking says how he went


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hertha BSC has on Monday released trainer Pál Dárdai with immediate effect from his duties.",
            ("Pál Dárdai", "Hertha BSC", "first_team", "dismissed"),
        ),
        (
            "Schalke 04 coach Dimitrios Grammozis was released from his duties on Sunday.",
            ("Dimitrios Grammozis", "Schalke 04", "first_team", "dismissed"),
        ),
        (
            "VfL Bochum released head coach Thomas Letsch from his duties after the defeat.",
            ("Thomas Letsch", "VfL Bochum", "first_team", "dismissed"),
        ),
    ],
)
def test_released_from_duties_is_a_sacking(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_released_alone_is_no_sacking() -> None:
    text = "Hertha BSC coach Pál Dárdai released a statement on Monday about the defeat."
    assert not any(k[3] == "dismissed" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toronto FC won again. Greg Vanney stepped away from his roles as Toronto's head coach "
            "on Dec. 1.",
            ("Greg Vanney", "Toronto FC", "first_team", "resigned"),
        ),
        (
            "Laura Harvey coached OL Reign for five years. She stepped away from the club in November 2017.",
            ("Laura Harvey", "OL Reign", "women", "resigned"),
        ),
        (
            "Wigan Athletic manager Leam Richardson steps away from the job after four years.",
            ("Leam Richardson", "Wigan Athletic", "first_team", "resigned"),
        ),
    ],
)
def test_stepped_away_is_a_resignation(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_will_step_away_is_no_resignation_yet() -> None:
    text = "Real Madrid great Vicente del Bosque has said he will step away from the bench for good."
    assert not any(k[3] == "resigned" for k in keys_of(text))
