"""A stand-in's one game told by its score alone: "X, who led the team in Sunday's 3-3 at C, goes back to the
under-19s" (his caretaker spell and its end, as with "Sunday's draw"). Not a decade ("led the team in the
1990s"), nor a game he only watched. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

LEAD = "Hammarby have named Lars Lund as their new head coach. "


def _stand_in_facts(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["squad"], f["event"]) for f in facts_of(LEAD + text) if f["role"] == "caretaker"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Olle Berg, who led the team in Sunday's 3-3 at Malmö, goes back to the under-19s.", id="day"
        ),
        pytest.param(
            "Youth coach Olle Berg, who took the team for the 0-2 against AIK, returns to the academy.",
            id="the",
        ),
    ],
)
def test_one_game_told_by_its_score(text: str) -> None:
    found = _stand_in_facts(text)
    assert {("Olle Berg", "first_team", "in_charge"), ("Olle Berg", "first_team", "left")} <= found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Olle Berg, who led the team in the 1990s, goes back to the club as an adviser.", id="decade"
        ),
        pytest.param(
            "Olle Berg, who watched Sunday's 3-3 at Malmö, goes back to the under-19s.", id="watched"
        ),
    ],
)
def test_no_stand_in_without_a_game_led(text: str) -> None:
    assert not _stand_in_facts(text)
