"""'C made official this week the deal with X, who will be the next trainer of the <nickname>': a club's
announced deal with a man it names its next coach is his appointment there (translated Italian copy, 'ha
ufficializzato l'accordo con'). Not a deal that ends his contract, nor a deal with a man whose clause names
no coaching post. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Sampdoria made official this Wednesday the agreement with Dario Fontana, who will be their "
            "new coach from July.",
            ("Dario Fontana", "Sampdoria", "first_team", "appointed"),
            id="made_official_on_a_day",
        ),
        pytest.param(
            "Cagliari made official the deal with Piero Landini, who will be next trainer of the rossoblu.",
            ("Piero Landini", "Cagliari", "first_team", "appointed"),
            id="made_official_the_deal",
        ),
        pytest.param(
            "Atalanta has reached an agreement with Sandro Vitali, who will be the club's head coach.",
            ("Sandro Vitali", "Atalanta", "first_team", "appointed"),
            id="reached_agreement_who_will_be",
        ),
    ],
)
def test_announced_agreement_with_next_coach(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_agreement_with_a_player_is_no_appointment() -> None:
    """Near miss: the man's clause names a player's place, no coaching post."""
    text = "Sampdoria made official this Wednesday the deal with Dario Fontana, who will be their striker."
    assert not any(event == "appointed" for _c, _club, _s, event in keys_of(text))


def test_agreement_to_end_his_contract_is_no_appointment() -> None:
    """Near miss: an agreement ending the coach's tie is no new post."""
    text = "Sampdoria has made official the agreement with coach Dario Fontana to end his contract."
    assert ("Dario Fontana", "Sampdoria", "first_team", "appointed") not in keys_of(text)
