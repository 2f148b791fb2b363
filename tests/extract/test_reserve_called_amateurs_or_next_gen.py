"""A club's reserve side told by what it is called: "the Werder amateurs", "takes over the amateurs", "the
club's amateur side" (German and Austrian usage), "the club's Next Gen side", "the club's CFA team": the
reserve, not the first team. Not amateur players or clubs ("coached amateurs in Bavaria", "the amateurs of
SV Hemer": an amateur club's own side). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Werder Bremen have sacked Tom Berg. Klaus Bauer, who coached the Werder amateurs, takes over.",
            ("Klaus Bauer", "Werder Bremen", "reserve", "in_charge"),
            id="the_club_amateurs",
        ),
        pytest.param(
            "Schalke have named Jens Koch as coach. Uwe Brandt takes over the amateurs in the interim.",
            ("Uwe Brandt", "Schalke 04", "reserve", "appointed"),
            id="takes_over_the_amateurs",
        ),
        pytest.param(
            "Juventus have appointed Marco Rossi as coach of the club's Next Gen side.",
            ("Marco Rossi", "Juventus", "reserve", "appointed"),
            id="the_clubs_next_gen_side",
        ),
        pytest.param(
            "Lyon have named Paul Roux as coach. Roux was the coach of the club's CFA team.",
            ("Paul Roux", "Lyon", "reserve", "in_charge"),
            id="the_clubs_cfa_team",
        ),
    ],
)
def test_reserve_told_by_its_name(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_amateur_players_are_no_side() -> None:
    """Near miss: amateurs coached somewhere are players, not the club's reserve."""
    text = "Schalke have named Jens Koch as coach. Koch had coached amateurs in Bavaria for years."
    keys = keys_of(text)
    assert ("Jens Koch", "Schalke 04", "first_team", "appointed") in keys
    assert not any(k[2] == "reserve" for k in keys)


def test_first_team_job_beside_the_amateurs() -> None:
    """Near miss: the man promoted from the amateurs takes the first team."""
    text = "Schalke have named Jens Koch, until now coach of the amateurs, as head coach of the first team."
    assert ("Jens Koch", "Schalke 04", "first_team", "appointed") in keys_of(text)
