"""An aide not kept on by the new man: "A will not be part of the new staff", "will not be part of Y's
staff" (left, the staff in view). Not a man who will be part of it, nor a player left out of a team.
Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hammarby have appointed Jonas Berg as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Assistant Per Olsson will not be part of the new staff.", id="the_new_staff"),
        pytest.param("Per Olsson will not be part of Berg's staff.", id="the_new_mans_staff"),
    ],
)
def test_not_part_of_the_new_staff(sentence: str) -> None:
    assert ("Per Olsson", "Hammarby IF", "first_team", "left") in keys_of(_NEWS + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Assistant Per Olsson will be part of the new staff.", id="kept_on"),
        pytest.param("Striker Per Olsson will not be part of the team on Saturday.", id="player_left_out"),
    ],
)
def test_no_departure(sentence: str) -> None:
    assert not any(k[0] == "Per Olsson" and k[3] == "left" for k in keys_of(_NEWS + sentence))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _NEWS + "Per Olsson will not be part of the staff for Sunday's match because of a knee injury.",
            id="one_game_absence",
        ),
        pytest.param(
            _NEWS + "Per Olsson will not be part of the staff this weekend due to illness.", id="due_to"
        ),
        pytest.param(
            "Hammarby have appointed Jonas Berg as head coach, replacing Erik Lind, who joins Malmö FF. "
            "Lind's assistant Per Olsson will not be part of the new staff at Malmö.",
            id="another_clubs_staff",
        ),
    ],
)
def test_an_absence_or_another_clubs_staff_is_no_departure(text: str) -> None:
    assert not any(k[0] == "Per Olsson" and k[3] == "left" for k in keys_of(text))
