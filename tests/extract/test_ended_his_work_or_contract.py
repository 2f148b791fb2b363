"""A coach ending a spell of his own in the words of translated copy: "X ended his contract after the
tournament", "X ends his work in the club", "X, who ended his work at C in the summer" are departures, as
"ended his cycle" is. A player's contract ended in a transfer story, and a club ending a man's contract,
are not read so. Sentences and names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Vitesse named Jorrit Paling as their new head coach on Monday. "


@pytest.mark.parametrize(
    "exit_words",
    [
        "Wim Haverkamp, who took over the team in 2019, ended his contract after the cup final in May.",
        "The goalkeeping coach Wim Haverkamp also ended his contract in May.",
        "The fitness coach Wim Haverkamp ends his work in the club and returns to Groningen.",
        "Wim Haverkamp has ended his work with Vitesse after three seasons.",
    ],
)
def test_coach_ending_his_work_or_contract_left(exit_words: str) -> None:
    assert ("Wim Haverkamp", "Vitesse", "first_team", "left") in keys_of(_LEAD + exit_words)


def test_ended_his_work_at_a_named_club() -> None:
    text = _LEAD + "Vitesse also called Wim Haverkamp, who ended his work at Heracles Almelo in the summer."
    assert ("Wim Haverkamp", "Heracles Almelo", "first_team", "left") in keys_of(text)


# --- near misses ------------------------------------------------------------------------------------


def test_players_contract_ended_in_a_transfer_story_is_no_departure() -> None:
    text = (
        "Ajax signed the striker Wim Haverkamp on Monday. "
        "Haverkamp, who joined Vitesse in 2022, ended his contract early to move to Amsterdam."
    )
    assert not any(k[0] == "Wim Haverkamp" and k[3] == "left" for k in keys_of(text))


def test_club_ending_his_contract_is_not_his_own_act() -> None:
    text = _LEAD + "Vitesse ended the contract of Wim Haverkamp after a run of defeats."
    assert ("Wim Haverkamp", "Vitesse", "first_team", "left") not in keys_of(text)
