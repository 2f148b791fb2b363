"""A man titled by his playing position ('striker X', 'midfielder X') is no coach, unless he is a
former player appointed to a coaching post."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of


@pytest.mark.parametrize(
    "text",
    [
        "Cagliari appointed Paolo Neri as head coach, two days after Marco Lodi was sacked for shoving "
        "Torino striker Andrea Pinto.",
        "Fiorentina sacked the fitness coach after an argument with midfielder Andrea Pinto.",
    ],
)
def test_a_man_titled_by_his_playing_position_is_no_coach(text):
    assert not any(f["coach"] == "Andrea Pinto" for f in facts_of(text))


def test_a_former_player_titled_by_his_position_can_coach():
    facts = events_of("Norwich have appointed former England midfielder Jack Wilshere as head coach.")
    assert ("Jack Wilshere", "Norwich City", "appointed") in facts
