"""A stand-in's spell told by the games he led, with his title after them: "X, who led the side in the final
three fixtures as caretaker, returns to the under-19s", "who took the team for two league games as interim"
(the caretaker's spell, beside its end). Not a man who "took the team to the cup final", a head
coach's spell "for three seasons as head coach", nor a player who led the team "as acting captain".
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

LEAD = "Hammarby have named Lars Lund as their new head coach. "


def _caretaker_spells(text: str) -> set[tuple[str, str, str]]:
    return {
        (f["coach"], f["club"], f["squad"])
        for f in facts_of(LEAD + text)
        if f["event"] == "in_charge" and f["role"] == "caretaker"
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Olle Berg, who led the side in the final three fixtures as caretaker, returns to the under-19s.",
            id="games_then_as_caretaker",
        ),
        pytest.param(
            "Olle Berg, who took the team for two league games as interim, goes back to the under-18s.",
            id="took_the_team_for_games_as_interim",
        ),
        pytest.param(
            "Olle Berg, who took the squad in the interim for a pair of cup ties, returns to the reserves.",
            id="took_the_squad_in_the_interim",
        ),
        pytest.param(
            "Olle Berg, who guided the team in three friendlies in the interim, returns to the under-21s.",
            id="games_then_in_the_interim",
        ),
    ],
)
def test_stand_in_spell_told_by_games_then_title(text: str) -> None:
    assert ("Olle Berg", "Hammarby IF", "first_team") in _caretaker_spells(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Olle Berg took the team to the cup final in 2019.", id="to_a_final"),
        pytest.param(
            "Olle Berg, who led the team in the derby as acting captain, has signed a new deal.", id="captain"
        ),
        pytest.param("Olle Berg led the team for three seasons as head coach before 2015.", id="head_coach"),
    ],
)
def test_no_stand_in_spell_without_a_stand_ins_title(text: str) -> None:
    assert not any(coach == "Olle Berg" for coach, *_ in _caretaker_spells(text))
