"""'The former defender of A, B and C takes the place of Y': the clubs after a playing position ('defender
of', 'striker for') are where the new man played, not the post Y left; Y left the story's side. A position
word not before the club ('a defender in his playing days, was sacked by C') hides no club. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Albania have named Tom Berger as head coach of the national team. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The former defender of Ajax, Porto and Everton takes the place of the Italian Luca Verdi, "
        "whose contract was not extended.",
        "The former striker for Ajax and Everton takes the place of Luca Verdi, who was not kept on.",
    ],
)
def test_the_clubs_he_played_for_are_not_the_post_filled(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert ("Luca Verdi", "Albania", "national", "left") in keys
    assert not any(k[0] == "Luca Verdi" and k[1] in ("Ajax", "Porto", "Everton") for k in keys)


def test_a_playing_position_word_alone_does_not_hide_a_club_as_an_opponent() -> None:
    text = _NEWS + "Berger, a defender in his playing days, was sacked by Everton last year."
    assert ("Tom Berger", "Everton", "first_team", "dismissed") in keys_of(text)
