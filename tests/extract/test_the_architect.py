"""'… and the architect is the trainer X', 'with X as the great architect', 'X is the architect of this team':
the coach credited with what a club achieved holds its post (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_EXTENDED = "Real Oviedo have extended the contract of Luis Carrion until 2027. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The club are back in La Liga after 24 years, and the architect is the trainer Luis Carrion.",
        "The club return to the top flight with Luis Carrion as the great architect.",
        "Luis Carrion, 44, is the architect of this team, the club said.",
    ],
)
def test_the_architect_of_a_success_coaches_the_club(sentence: str) -> None:
    spells = [
        f
        for f in facts_of(_EXTENDED + sentence)
        if (f["coach"], f["club"], f["event"]) == ("Luis Carrion", "Real Oviedo", "in_charge")
    ]
    assert [f["evidence"] for f in spells] == [sentence]


def test_a_playmaker_called_the_architect_is_no_coach() -> None:
    text = "Real Oviedo won 2-0 on Sunday. Santi Cazorla was the architect of both goals."
    assert not [f for f in facts_of(text) if f["coach"] == "Santi Cazorla"]


@pytest.mark.parametrize(
    "text",
    [
        "Petrolul Ploiesti clinched promotion on Saturday, and the architect is the coach Mihai Stan.",
        "Petrolul Ploiesti went up on Saturday. The architect of the promotion is the trainer Mihai Stan.",
    ],
)
def test_the_architect_titled_a_coach_in_the_match_is_the_coach(text: str) -> None:
    """His coaching title inside the match shows him coaching: no other sentence is needed."""
    assert ("Mihai Stan", "Petrolul Ploiești", "first_team", "in_charge") in keys_of(text)


def test_the_architect_of_the_defence_as_a_player_is_no_coachs_spell() -> None:
    text = (
        "Petrolul Ploiesti have appointed Mihai Stan as coach. "
        "Stan was the architect of the defence at Dinamo as a player."
    )
    assert not any(event == "in_charge" for coach, _, _, event in keys_of(text) if coach == "Mihai Stan")
