"""'U23 coach X, who took charge of Saturday's league game', 'Academy manager X took charge of two games
in between': a man titled by a youth post who takes charge for some games stands in as caretaker; he
does not leave his youth post. A head coach taking charge of his first game is no stand-in. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Schalke 04 have appointed Tomas Vik as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "U23 coach Karel Lind, who took charge of Sunday's cup game, now returns to the U23s.",
        "Academy manager Karel Lind took charge of two games in between.",
        "Under-21 coach Karel Lind took charge of the team for the last three matches.",
    ],
)
def test_youth_coach_taking_games_stands_in(sentence: str) -> None:
    facts = facts_of(_NEWS + sentence, "2024-06-25")
    lind = {(f["squad"], f["role"], f["event"]) for f in facts if f["coach"] == "Karel Lind"}
    assert ("first_team", "caretaker", "appointed") in lind
    assert not any(event == "left" and squad != "first_team" for squad, _, event in lind)


def test_head_coach_first_game_is_no_stand_in() -> None:
    facts = facts_of(_NEWS + "Vik took charge of his first game on Saturday.", "2024-06-25")
    assert not any(f["role"] == "caretaker" for f in facts)
