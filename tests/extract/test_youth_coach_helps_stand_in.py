"""A youth, reserve or academy coach named among a stand-in's helpers ("He will be helped by the
goalkeeping coach, A, and by the under-20 coach, B", "… and by the academy manager B, who joins the
bench") steps up to the first team's staff: appointed there as an assistant. Not the first team's own
"first-team coach" named that way (kept on), nor a past help ("He was helped by …")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_STAND_IN = (
    "Harlow Town have sacked manager Colin Abbot. Assistant Rob Quayle will take charge of the team until "
    "the end of the season. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "He will be helped by the goalkeeping coach, Sean Tully, and by the under-20 coach, Jack Morrow, who "
        "steps up to work with the first team.",
        "He will be assisted by the goalkeeping coach Sean Tully, who stays on, and by the "
        "under-17 coach Jack Morrow.",
        "He will be helped by the first-team coach Sean Tully and by the academy manager Jack Morrow, who "
        "joins the bench.",
        "He will be assisted by the under-18 coach Jack Morrow.",
    ],
)
def test_youth_coach_among_the_helpers_steps_up(sentence: str) -> None:
    keys = keys_of(_STAND_IN + sentence)
    assert ("Jack Morrow", "Harlow Town", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "He will be supported by first-team coach Sean Tully and goalkeeping coach Jack Morrow.",
            "Sean Tully",
        ),
        ("He was helped by the under-17 coach Jack Morrow.", "Jack Morrow"),
    ],
)
def test_first_team_aide_or_past_help_is_no_arrival(sentence: str, name: str) -> None:
    keys = keys_of(_STAND_IN + sentence)
    assert (name, "Harlow Town", "first_team", "appointed") not in keys
