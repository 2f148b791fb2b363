"""Romance word order for "X's team": "the Colombia of Marsiglia" (Spanish "la Colombia de"), "the U20 of X",
"the men's national team of X", "Real Madrid of Ancelotti": the team the man coaches (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "In the final, Brazil beat the Colombia of Néstor Lorenzo on penalties.",
            ("Néstor Lorenzo", "Colombia", "national", "in_charge"),
        ),
        (
            "Chile drew with the Peru of coach Jorge Fossati in Santiago.",
            ("Jorge Fossati", "Peru", "national", "in_charge"),
        ),
        (
            "Sevilla lost 3-0 against the Girona of Míchel, leader of LaLiga.",
            ("Míchel", "Girona", "first_team", "in_charge"),
        ),
        (
            "Morocco extended the contract of Nabil Baha. The U20 of Karim Alami play in Egypt next month.",
            ("Karim Alami", "Morocco", "national_u20", "in_charge"),
        ),
        (
            "Poland extended Nina Patalon's deal. The men's national team of Michał Probierz sent flowers.",
            ("Michał Probierz", "Poland", "national", "in_charge"),
        ),
    ],
)
def test_the_team_of_a_coach_is_his(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # players named in a list: "the Argentina of Messi and Di María"
        "Brazil beat the Argentina of Lionel Messi and Ángel Di María in the final.",
        # a possessive after the name: the man is someone's, not the team's coach
        "Sevilla lost against the Girona of Míchel's former assistant.",
    ],
)
def test_players_listed_or_a_possessive_are_no_coach(text: str) -> None:
    assert not any(event == "in_charge" for _, _, _, event in keys_of(text))
