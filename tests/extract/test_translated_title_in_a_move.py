"""A translated staff title ("the physical preparer X", "second coach Y") is read as the post the man holds
only where its clause tells no move: brought along by a new coach, leaving, arriving, passing to another
squad or renewed, the man's post is not the news (the rules of that move read him). A title in a clause of
its own beside another man's move ("…, while the physical trainer X stays") is still his post."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, name: str) -> set[tuple[str, str]]:
    spells = (f for f in facts_of(text) if f["coach"] == name and f["event"] == "in_charge")
    return {(f["club"], f["role"]) for f in spells}


@pytest.mark.parametrize(
    "text",
    [
        "Real Oviedo have appointed Tomás Ibarra as head coach. Ibarra brings from Racing his assistant "
        "Pedro Lanza and the physical preparer Rubén Sotillo.",
        "Real Oviedo have sacked Tomás Ibarra. With him also went away the physical preparer Rubén Sotillo.",
        "Real Oviedo have sacked Tomás Ibarra. Also leave the club his second, Pedro Lanza, and the physical "
        "preparer Rubén Sotillo.",
        "Real Oviedo have appointed Tomás Ibarra as head coach. The physical preparer Rubén Sotillo arrives "
        "from Racing with him.",
        "Real Oviedo have renewed the contract of Tomás Ibarra. The renewal includes also the physical "
        "preparer Rubén Sotillo.",
    ],
)
def test_title_in_a_move_is_no_post_held(text):
    assert not _spells(text, "Rubén Sotillo")


@pytest.mark.parametrize(
    "text",
    [
        "Real Oviedo have appointed Tomás Ibarra as head coach. The physical preparer Rubén Sotillo stays "
        "in the staff.",
        # the move is another man's, told after a contrast
        "Real Oviedo have appointed Tomás Ibarra as head coach. The physical preparer Rubén Sotillo "
        "continues in the staff, while the goalkeeping coach Pedro Lanza leaves the club.",
    ],
)
def test_title_kept_is_the_post_held(text):
    assert ("Real Oviedo", "fitness_coach") in _spells(text, "Rubén Sotillo")
