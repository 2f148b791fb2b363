"""A club's lower side named by the league only such sides play in: "put in charge of the MLS Next Pro side",
"the club's DStv Diski Challenge team" (reserve leagues), "W-League coach X" (Australia's old women's
league): the reserve or the women's team, not the first team. Not the league itself named ("won the MLS
Next Pro title"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Houston Dynamo have sacked head coach Paul Reyes. Assistant Tom Carver has been put in charge "
            "of the MLS Next Pro side for now.",
            ("Tom Carver", "Houston Dynamo", "reserve", "appointed"),
            id="put_in_charge_of_the_next_pro_side",
        ),
        pytest.param(
            "Orlando City have named Mark Dunn as head coach. Dunn had led the club's MLS Next Pro team "
            "since 2022.",
            ("Mark Dunn", "Orlando City", "reserve", "in_charge"),
            id="led_the_clubs_next_pro_team",
        ),
        pytest.param(
            "Mamelodi Sundowns have appointed Sam Mokoena as coach. Peter Ndlovu takes over the DStv Diski "
            "Challenge side.",
            ("Peter Ndlovu", "Mamelodi Sundowns", "reserve", "appointed"),
            id="takes_over_the_diski_challenge_side",
        ),
        pytest.param(
            "Sydney FC have hired Alan Pike as head coach. W-League coach Karen Hill stays in her post.",
            ("Karen Hill", "Sydney FC", "women", "in_charge"),
            id="w_league_coach_title",
        ),
    ],
)
def test_side_named_by_its_league(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_league_title_won_names_no_side() -> None:
    """Near miss: the league's title won names the league, not a side; the hire is the first team's."""
    text = "Orlando City have hired Mark Dunn as head coach after he won the MLS Next Pro title in 2023."
    keys = keys_of(text)
    assert ("Mark Dunn", "Orlando City", "first_team", "appointed") in keys
    assert not any(k[0] == "Mark Dunn" and k[2] == "reserve" and k[3] == "appointed" for k in keys)


def test_senior_coach_beside_the_league_side() -> None:
    """Near miss: the head coach hired in the same story keeps the first team."""
    text = (
        "Houston Dynamo have appointed Luis Ortega as head coach. Tom Carver is to lead the MLS Next Pro "
        "side."
    )
    assert ("Luis Ortega", "Houston Dynamo", "first_team", "appointed") in keys_of(text)
