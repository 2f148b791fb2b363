"""'He qualified Malawi for the Africa Cup of Nations', 'had classified Ecuador to the World Cup' (translated
"clasificó"), 'Chile, which he classified for two Copa Americas': a team a coach took to a tournament is a
spell of his there. Not a man who qualified himself ('qualified for the final with C'), nor a player's."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Hull City have appointed Erik Lund as head coach. "


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("He qualified Malawi for the Africa Cup of Nations in 2021.", "Malawi"),
        ("Lund had classified Ecuador to the World Cup of Qatar 2022.", "Ecuador"),
        ("Lund, who qualified Molde for the Europa League group stage, is 51.", "Molde"),
        ("Lund coached Chile, which he classified for two Copa Americas.", "Chile"),
    ],
)
def test_a_team_taken_to_a_tournament_is_a_spell(sentence: str, team: str) -> None:
    squad = "first_team" if team == "Molde" else "national"
    assert ("Erik Lund", team, squad, "in_charge") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund qualified for the final with Molde.",
        "Lund qualified Molde for the final as a player.",
        "Lund qualified Molde's request for more time.",
    ],
)
def test_no_team_taken_no_spell(sentence: str) -> None:
    assert ("Erik Lund", "Molde", "first_team", "in_charge") not in keys_of(_LEAD + sentence)
