"""The goalkeeping coach called "keeper trainer" (translated Dutch "keeperstrainer", German
"Torwarttrainer"): a backroom title like "goalkeeper coach", so a keeper trainer who stays on, is kept or
leaves is read with the goalkeeping coach's role. A goalkeeper who plays, or a trainer of another kind, is
no keeper trainer."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKING = "Heracles Almelo have dismissed head coach Joost Brinkman after a run of six defeats. "


@pytest.mark.parametrize(
    "told",
    [
        "Keeper trainer Sander Wouters remains in office.",
        "Keeper trainer Sander Wouters stays on under the new man.",
        "Assistant Ruud Bakker goes too, while keeper trainer Sander Wouters remains.",
        "His assistant Ruud Bakker departs, while the keeper trainer Sander Wouters is kept.",
        "The keepers trainer Sander Wouters continues.",
    ],
)
def test_keeper_trainer_kept_on(told: str) -> None:
    spells = [f for f in facts_of(_SACKING + told) if f["coach"] == "Sander Wouters"]
    assert [(f["club"], f["event"], f["role"]) for f in spells] == [
        ("Heracles Almelo", "in_charge", "goalkeeping_coach")
    ]


@pytest.mark.parametrize(
    "told",
    [
        # a goalkeeper of the squad, not a trainer
        "Keeper Sander Wouters remains in the side for Sunday's game.",
        # the verb of a player kept in the team
        "Goalkeeper Sander Wouters is kept in the starting line-up.",
    ],
)
def test_keeper_who_plays_is_no_staff(told: str) -> None:
    assert not any(f["coach"] == "Sander Wouters" for f in facts_of(_SACKING + told))
