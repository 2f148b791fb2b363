"""A stand-in going back to the side he coaches ("X, who coached C on an interim basis, returns to his post
as coach of the club's under-23 side", "X led the team in the last two games and returns to the
under-19s"): his post there is told (in_charge of that side). Not a move back to a club, nor a return to
the bench."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Toluca have appointed Marco Ruiz as head coach. Pedro Salas, who coached Toluca on an interim "
            "basis for the final games of the Apertura, returns to his post as coach of the club's "
            "under-23 side.",
            ("Pedro Salas", "Toluca", "u23", "in_charge"),
            id="returns_to_his_post_as_coach_of_the_clubs_under_23_side",
        ),
        pytest.param(
            "Mainz have named Bo Lund as head coach. Jan Rehm led Mainz on an interim basis in the last two "
            "matches and returns to the under-19s.",
            ("Jan Rehm", "1. FSV Mainz 05", "u19", "in_charge"),
            id="led_the_team_and_returns_to_the_under_19s",
        ),
        pytest.param(
            "Lech Poznan have appointed Niels Frederiksen as head coach. Marek Bajor, who had led the team "
            "on an interim basis since March, will return to his role as coach of the reserves.",
            ("Marek Bajor", "Lech Poznań", "reserve", "in_charge"),
            id="will_return_to_his_role_as_coach_of_the_reserves",
        ),
    ],
)
def test_stand_in_returns_to_the_side_he_coached(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_returning_to_a_club_is_no_post_told():
    """Near miss: 'returns to C' is a move back to the club, not a side he coaches."""
    text = "Jan Rehm led Mainz on an interim basis and returns to Hoffenheim, where he played."
    keys = keys_of(text)
    assert not any(k[0] == "Jan Rehm" and k[1] == "TSG Hoffenheim" and k[3] == "in_charge" for k in keys)


def test_returning_to_the_bench_names_no_side():
    """Near miss: 'returns to the bench' after a ban names no side of his own."""
    text = "Mainz coach Bo Lund served a one-game ban and returns to the bench on Saturday."
    keys = keys_of(text)
    assert not any(k[2] != "first_team" for k in keys)
