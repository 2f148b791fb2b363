"""A club's youth or reserve coach moved up to its senior staff gives up his side: "moves up to the first
team", "is promoted to first-team coach", "integrates the professional staff", "was assigned to the senior
staff". A national youth coach lending a hand to the seniors, or a coach stepping up for a while, keeps it.
Sentences and names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Vitesse named Jorrit Paling as their new head coach on Monday. "


@pytest.mark.parametrize(
    ("step_up", "squad"),
    [
        ("Under-19 coach Niels Oostveen was assigned to the first-team staff.", "u19"),
        ("Reserve team coach Niels Oostveen moves up to the senior staff as second assistant.", "reserve"),
        ("The coach of the second team, Niels Oostveen, moves up to the first team as assistant.", "reserve"),
        ("Under-18 coach Niels Oostveen has been promoted to first-team coach.", "u18"),
        ("The trainer of the U19, Niels Oostveen, integrates the professional staff as analyst.", "u19"),
    ],
)
def test_club_youth_coach_moved_up_leaves_his_side(step_up: str, squad: str) -> None:
    keys = keys_of(_LEAD + step_up)
    assert ("Niels Oostveen", "Vitesse", squad, "in_charge") in keys
    assert ("Niels Oostveen", "Vitesse", squad, "left") in keys


# --- near misses: the youth side is kept ---------------------------------------------------------


def test_youth_coach_helping_for_a_while_keeps_his_side() -> None:
    text = _LEAD + "Under-20 coach Niels Oostveen steps up to work with the first team as assistant."
    assert not any(k[0] == "Niels Oostveen" and k[3] == "left" for k in keys_of(text))


def test_youth_coach_on_a_bosss_staff_for_two_games_keeps_his_side() -> None:
    text = _LEAD + "Under-19 coach Niels Oostveen will join Paling's staff as an assistant for the two games."
    assert not any(k[0] == "Niels Oostveen" and k[3] == "left" for k in keys_of(text))


def test_national_youth_coach_joining_the_senior_staff_keeps_his_side() -> None:
    text = (
        "Iceland named Gunnar Thorsson as head coach of the national team on Monday. "
        "Under-21 coach Einar Magnusson moves up to the senior staff as his assistant."
    )
    assert not any(k[0] == "Einar Magnusson" and k[3] == "left" for k in keys_of(text))
