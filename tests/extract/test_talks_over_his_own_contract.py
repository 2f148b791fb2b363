"""Talks over a new contract with a club's coach: "C are in talks with X over a new contract", "X is in
talks with C about a fresh deal" tell that he coaches C now (in_charge), not a link to a job. A player's
renewal is told in the same words: only a man the story makes a coach. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_COACH = "Ivo Brandt was sacked by Everton in 2019. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_COACH + "Burnley are in talks with Brandt over a new contract.", id="club_subject"),
        pytest.param(
            _COACH + "Burnley are in advanced talks with Brandt about a fresh two-year deal.", id="deal"
        ),
        pytest.param(_COACH + "Brandt is in talks with Burnley over a new contract.", id="coach_subject"),
    ],
)
def test_talks_over_his_contract_tell_his_post(text: str) -> None:
    keys = keys_of(text)
    assert ("Ivo Brandt", "Burnley", "first_team", "in_charge") in keys
    assert ("Ivo Brandt", "Burnley", "first_team", "linked") not in keys


def test_talks_without_a_contract_stay_a_link() -> None:
    keys = keys_of(_COACH + "Brandt is in talks with Burnley.")
    assert ("Ivo Brandt", "Burnley", "first_team", "linked") in keys


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Burnley sacked coach Tom Hale. Burnley are in talks with Ivo Brandt over a new contract.",
            id="untitled_man_in_a_coaching_story",
        ),
        pytest.param(
            "Ivo Brandt has scored ten goals this season. "
            "Burnley are in talks with Brandt over a new contract.",
            id="a_scorer",
        ),
    ],
)
def test_a_players_renewal_is_no_coachs_post(text: str) -> None:
    assert not any(coach == "Ivo Brandt" for coach, *_ in keys_of(text))
