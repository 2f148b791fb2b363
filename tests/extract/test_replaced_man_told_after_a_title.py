"""The man a new coach replaces, named after an article, his nationality and a title ('replaces the Slovak
specialist Y'): Y left the post in view. A player's substitution is no coach's exit. Written for these
tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Sparta Prague have appointed Jan Vlk as head coach. "
_HORA_LEFT = ("Martin Hora", "Sparta Prague", "first_team", "left")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vlk replaces the Slovak specialist Martin Hora, whose contract was not extended.",
        "He succeeds the Austrian tactician Martin Hora.",
        "Vlk replaces his Austrian predecessor Martin Hora.",
        "Vlk replaces the Austrian Martin Hora.",
    ],
)
def test_replaced_man_after_article_nationality_and_title(sentence: str) -> None:
    assert _HORA_LEFT in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a substitution on the pitch, told of his playing days
        "As a player, Vlk replaced the injured Slovak striker Martin Hora in the 60th minute of a final.",
    ],
)
def test_a_substitution_on_the_pitch_is_no_exit(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert not any(k[0] == "Martin Hora" for k in keys)
