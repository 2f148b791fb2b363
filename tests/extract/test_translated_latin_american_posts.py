"""Spanish-speaking America calls its head coach 'director técnico' (DT): in translated copy about a club
or national team there, "technical director" is the coach's title; a club "officialized X as" its coach,
and a coach "will continue on the bench of C" (Spanish "seguirá en el banquillo de"): sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Racing Club appointed Gustavo Costas as new technical director.",
            ("Gustavo Costas", "Racing Club", "first_team", "appointed"),
        ),
        (
            "Peñarol hired Diego Aguirre as technical director until 2025.",
            ("Diego Aguirre", "Peñarol", "first_team", "appointed"),
        ),
        (
            "Atlético Nacional named Pablo Repetto, former technical director of Independiente del Valle.",
            ("Pablo Repetto", "Atlético Nacional", "first_team", "appointed"),
        ),
    ],
)
def test_technical_director_in_spanish_speaking_america_is_the_coach(
    text: str, fact: tuple[str, str, str, str]
) -> None:
    assert fact in keys_of(text)


def test_a_technical_director_in_england_stays_an_executive() -> None:
    text = "Brentford appointed Lars Friis as new technical director."
    assert ("Lars Friis", "Brentford", "first_team", "appointed") not in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Club Tijuana officialized this Monday Juan Carlos Osorio as the new coach.",
        "Club Tijuana officialised Juan Carlos Osorio as head coach until 2026.",
        "Club Tijuana is officializing Juan Carlos Osorio as new trainer.",
    ],
)
def test_a_club_officializing_its_coach_appoints_him(text: str) -> None:
    assert ("Juan Carlos Osorio", "Club Tijuana", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The club confirmed that Juan Carlos Osorio will continue on the bench of Club Tijuana next season.",
        "Juan Carlos Osorio continues on the bench of Club Tijuana despite the defeat.",
    ],
)
def test_continuing_on_the_bench_of_a_club_is_in_charge(text: str) -> None:
    assert ("Juan Carlos Osorio", "Club Tijuana", "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player left out of the side: no coach
        "Juan Carlos Osorio remained on the bench of Club Tijuana for the whole match.",
        "Juan Carlos Osorio stayed on the bench of Club Tijuana against América.",
    ],
)
def test_a_player_staying_on_the_bench_is_no_coach(text: str) -> None:
    assert not any(event == "in_charge" for _, _, _, event in keys_of(text))
