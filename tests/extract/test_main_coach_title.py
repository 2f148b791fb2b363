"""'Main coach' / 'main trainer', translated copy's word for the head coach ("treinador principal",
"huvudtränare"): "presented Nils Holm as the new main trainer", "confirmed Holm as main coach of the first
team" (appointed, head coach). Not "main" before a word that is no coaching title. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kalmar FF presented this Tuesday Nils Holm as the new main trainer of the team.",
            id="main_trainer",
        ),
        pytest.param("Kalmar FF have confirmed Nils Holm as their new main coach.", id="main_coach"),
    ],
)
def test_main_coach_is_the_head_coach(text: str) -> None:
    assert ("Nils Holm", "Kalmar FF", "first_team", "appointed") in keys_of(text)


def test_main_before_no_coaching_title_is_no_post() -> None:
    keys = keys_of("Kalmar FF presented this Tuesday Nils Holm as the new main sponsor of the team.")
    assert not any(coach == "Nils Holm" for coach, *_ in keys)
