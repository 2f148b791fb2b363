"""A stand-in told by the one game or training session he took, who goes back to his own side: his spell
in charge of the senior team ends ("U20 coach X led training on Monday and returns to the youth side", "X,
who took charge of Saturday's cup tie, returns to the U23s"). Not a session with nothing told after it,
nor a return that is no post. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Kalmar FF have sacked Henrik Falk after five straight defeats. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _SACKED + "Under-19 coach Nils Holm led training on Tuesday and returns to the youth side.",
            id="led_training_on_a_day",
        ),
        pytest.param(
            _SACKED + "Under-21 coach Nils Holm took Wednesday's training and will go back to the academy.",
            id="took_a_days_training",
        ),
        pytest.param(
            _SACKED + "Under-23 coach Nils Holm, who took charge of Sunday's cup tie, returns to the U23s.",
            id="took_charge_of_a_days_game",
        ),
    ],
)
def test_stand_in_of_one_game_or_session_leaves_the_post(text: str) -> None:
    assert ("Nils Holm", "Kalmar FF", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _SACKED + "Under-19 coach Nils Holm led training on Tuesday and will also oversee the next game.",
            id="session_then_more_games",
        ),
        pytest.param(
            _SACKED + "Midfielder Nils Holm, who scored in Sunday's cup tie, returns to the squad.",
            id="a_players_return",
        ),
    ],
)
def test_no_exit_without_a_stand_in_going_back(text: str) -> None:
    assert ("Nils Holm", "Kalmar FF", "first_team", "left") not in keys_of(text)
