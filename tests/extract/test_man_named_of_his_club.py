"""A candidate named by the club he is at now with 'of' ('considered Marco Rossi of Cesena', 'held talks
with Ugo Pace of Pisa') coaches that club, as 'Cesena's Marco Rossi' does. 'X of C' is said of players
and officials too: with nothing else making him a coach, no post is read. Written for these tests in our own
words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SEARCH = "Arlov Town sacked Tom Walsh on Monday. "


@pytest.mark.parametrize(
    ("sentence", "man", "club"),
    [
        (
            "The board also considered Marco Rossi of Cesena, but he is under contract.",
            "Marco Rossi",
            "Cesena",
        ),
        ("Arlov Town held talks with Ugo Pace of Pisa last week.", "Ugo Pace", "Pisa"),
    ],
)
def test_candidate_named_of_his_club_coaches_it(sentence: str, man: str, club: str) -> None:
    assert (man, club, "first_team", "in_charge") in keys_of(_SEARCH + sentence, "2024-05-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "Luca Neri of Livorno scored twice on Saturday.",
        "Chairman Gino Sala of Pisa said the club would wait.",
    ],
)
def test_player_or_official_of_a_club_holds_no_post(sentence: str) -> None:
    keys = keys_of(_SEARCH + sentence, "2024-05-20")
    assert not {k for k in keys if k[0] in ("Luca Neri", "Gino Sala")}
