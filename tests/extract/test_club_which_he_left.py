"""A clause hung on the club tells the coach left it: "…, Sporting Cristal, which he leaves to accept the
job", "three seasons as coach of Rosenborg, which he left in 2022", the club as a plural ("C, who he left
last spring") or with the years of the spell ("C between 2017 and 2020, which he left") (left). Not a
player's exit, nor a clause telling what he did there. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Peru have named Diego Ruiz as head coach. Until now he had managed only one club, "
            "Sporting Cristal, which he leaves to accept the national job.",
            ("Diego Ruiz", "Sporting Cristal", "first_team", "left"),
            id="which_he_leaves_to_accept_the_job",
        ),
        pytest.param(
            "Kjetil Rekdal has been appointed head coach of Molde. He had three seasons as coach of "
            "Rosenborg, which he left in 2022.",
            ("Kjetil Rekdal", "Rosenborg", "first_team", "left"),
            id="which_he_left_in_a_year",
        ),
        pytest.param(
            "Tomasz Brelik has been appointed manager of Wycombe Wanderers. His other jobs were at "
            "Gillingham and Bristol Rovers, who he left last spring.",
            ("Tomasz Brelik", "Bristol Rovers", "first_team", "left"),
            id="plural_club_who_he_left",
        ),
        pytest.param(
            "Tomasz Brelik has been appointed head coach of Molde. He coached Rosenborg between 2017 and "
            "2020, which he left after a cup final defeat.",
            ("Tomasz Brelik", "Rosenborg", "first_team", "left"),
            id="years_of_the_spell_then_which_he_left",
        ),
    ],
)
def test_club_which_he_left(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kjetil Rekdal has been appointed head coach of Molde. He came through the youth ranks at "
            "Rosenborg, which he left as a player in 1995.",
            id="left_as_a_player",
        ),
        pytest.param(
            "Kjetil Rekdal has been appointed head coach of Molde. He made his name at Rosenborg, which he "
            "left as a 19-year-old.",
            id="left_as_a_19_year_old",
        ),
        pytest.param(
            "Kjetil Rekdal has been appointed head coach of Molde. Rekdal returns to Rosenborg, which he "
            "left as a teenager.",
            id="left_as_a_teenager",
        ),
        pytest.param(
            "Kjetil Rekdal has been appointed head coach of Molde. He had three seasons as coach of "
            "Rosenborg, which he led to two titles.",
            id="which_he_led",
        ),
        pytest.param(
            "Kjetil Rekdal has been appointed head coach of Molde. He grew up in Oslo and joined Rosenborg, "
            "who he left as a player in 1995.",
            id="plural_club_left_as_a_player",
        ),
        pytest.param(
            "Kjetil Rekdal has been appointed head coach of Molde. He won the league with Rosenborg, who he "
            "calls the best club in the country.",
            id="plural_club_who_he_calls",
        ),
    ],
)
def test_no_exit_from_the_club(text: str) -> None:
    assert not any(k[0] == "Kjetil Rekdal" and k[1] == "Rosenborg" and k[3] == "left" for k in keys_of(text))
