"""An announced departure at the end of a counted season: "X will leave at the end of his fourth season in
charge" (left; "his" may stand as the man's own tag). Not a man who stays beyond it. Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def test_leaves_at_end_of_his_fourth_season() -> None:
    keys = keys_of("Hammarby coach Lars Lund will leave at the end of his fourth season in charge.")
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") in keys


def test_staying_beyond_the_season_is_no_exit() -> None:
    keys = keys_of("Hammarby coach Lars Lund will stay beyond the end of his fourth season in charge.")
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Price will leave at the end of his sixth season at the club, having made 150 appearances.",
        "Tom Price is set to depart at the end of his 4th campaign, with 31 goals in 120 games.",
    ],
)
def test_a_players_farewell_told_by_his_appearances_is_no_coachs_exit(sentence: str) -> None:
    keys = keys_of("Bristol Rovers have sacked Joey Barton. " + sentence)
    assert not any(k[0] == "Tom Price" and k[3] == "left" for k in keys)
