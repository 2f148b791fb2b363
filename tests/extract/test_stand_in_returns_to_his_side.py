"""A stand-in going back to the side he coaches ("X, who had C on an interim basis, returns to his job
as coach of the club's under-20 side", "X led C for the final three games and returns to the
under-17s"): his post there is told (in_charge of that side). Not a move back to a club, nor a return to
the bench."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Pachuca have appointed Luis Vega as head coach. Raul Ortiz, who coached Pachuca on an interim "
            "basis for the last three rounds of the Clausura, returns to his job as coach of the "
            "club's under-20 side.",
            ("Raul Ortiz", "Pachuca", "u20", "in_charge"),
            id="returns_to_his_post_as_coach_of_the_clubs_under_23_side",
        ),
        pytest.param(
            "Augsburg have named Erik Falk as head coach. Timo Hess led Augsburg on an interim basis for the "
            "final three games and returns to the under-17s.",
            ("Timo Hess", "FC Augsburg", "u17", "in_charge"),
            id="led_the_team_and_returns_to_the_under_19s",
        ),
        pytest.param(
            "Legia Warsaw have appointed Tomas Berg as head coach. Piotr Nowak, who had led the side "
            "on an interim basis since February, will return to his role as coach of the reserves.",
            ("Piotr Nowak", "Legia Warsaw", "reserve", "in_charge"),
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
