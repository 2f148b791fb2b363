"""The earlier spells of a coach told with their count ("knows the place from his two
previous stints in charge", "his three earlier spells in charge") are a spell at the club in view (in_charge).
Not spells at another club named after them ("his two previous spells in charge of Reading"), nor a
count of games ("his two previous games in charge")."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_LEAD = "Carlisle United have brought back Vic Ormsby as manager. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Ormsby, 63, knows the club inside out from his two previous stints in charge.",
        "The veteran won promotion twice in his three earlier spells in charge.",
    ],
)
def test_earlier_spells_counted_at_the_club_in_view(sentence: str) -> None:
    assert "Carlisle United" in spells_of(_LEAD + sentence, "Vic Ormsby")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ormsby, 63, lost only once in his two previous games in charge.",
        "Ormsby, 63, won the title in his two previous spells in charge of Reading.",
    ],
)
def test_no_spell_from_games_or_another_club(sentence: str) -> None:
    assert "Carlisle United" not in spells_of(_LEAD + sentence, "Vic Ormsby")
