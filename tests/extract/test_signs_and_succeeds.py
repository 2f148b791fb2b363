"""The man a new coach succeeds, told after a second verb in the present ('signs until 2027 and succeeds
Y'): Y left the post in view. A player's signing is no coach's exit. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Sparta Prague have appointed Jan Vlk as head coach. "
_HORA_LEFT = ("Martin Hora", "Sparta Prague", "first_team", "left")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vlk signs until 2027 and succeeds Martin Hora.",
        "The 41-year-old Vlk signs a two-year deal and replaces Martin Hora, who left by mutual consent.",
        "Vlk agrees terms until 2026 and succeeds Martin Hora.",
    ],
)
def test_signs_and_succeeds_in_the_present(sentence: str) -> None:
    assert _HORA_LEFT in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a player's signing: he takes a player's place in midfield
        "The midfielder Petr Kos signs until 2027 and replaces Martin Hora in midfield.",
        # a signing told with a place in the side ("number nine", "up front"), no position word before him
        "Sparta Prague have signed Petr Kos. Kos signs until 2028 and succeeds Martin Hora as the club's "
        "number nine.",
        "Petr Kos agrees a three-year deal and replaces Martin Hora up front.",
    ],
)
def test_a_players_signing_is_no_exit(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert not any(k[0] in ("Martin Hora", "Petr Kos") for k in keys)
