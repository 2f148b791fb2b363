"""'X, who announced on Sunday his departure': X announced something of his own (a time, then what he
announced), no appointment of X. 'X, who was announced on Monday as the new coach' and 'X was confirmed
in June as head coach' are appointments. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "sentence",
    [
        "He replaces Pal Dardai, who announced on Sunday his departure after three seasons.",
        "He replaces Pal Dardai, who announced in May his decision to step down.",
        "He replaces Pal Dardai, who confirmed last week his retirement from coaching.",
    ],
)
def test_announcing_his_own_news_is_no_appointment(sentence: str) -> None:
    keys = keys_of(f"Hertha have appointed Stefan Leitl. {sentence}", "2024-06-20")
    assert not any(k[0] == "Pál Dárdai" and k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "Davide Nicola, who was announced on Monday as the new coach, signed until 2026.",
        "Davide Nicola was confirmed in June as head coach.",
    ],
)
def test_near_miss_announced_in_a_post(sentence: str) -> None:
    keys = keys_of(f"Cagliari have a new coach. {sentence}", "2024-06-20")
    assert ("Davide Nicola", "Cagliari", "first_team", "appointed") in keys
