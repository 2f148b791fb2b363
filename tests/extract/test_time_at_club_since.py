"""A coach's time at a club told by its start ("He had been at Galaxy since 2022", "…, who has been with
the club since 2015", "has been with the Under-23s since 2022") is his spell there, in the post his title
names; a player's years ("at the club since 2013 as a player") and a player named so are not."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Hull City have named Ian Platt as manager after he resigned at Stockport County. Platt had been "
            "at Stockport County since 2021.",
            "Stockport County",
        ),
        (
            "Hull City have parted company with manager Ian Platt. He had been at the club since May 2021.",
            "Hull City",
        ),
        (
            "Stockport County have sacked manager Ian Platt, who had been with Stockport County ever since "
            "2019.",
            "Stockport County",
        ),
    ],
)
def test_time_at_a_club_since_a_date_is_a_spell(text: str, club: str) -> None:
    assert ("Ian Platt", club, "first_team", "in_charge") in keys_of(text)


def test_the_spell_takes_the_title_beside_him() -> None:
    text = (
        "Hull City have renewed the deal of goalkeeping coach Ian Platt, who has been with the club since "
        "2016."
    )
    spells = [f for f in facts_of(text) if f["event"] == "in_charge" and f["coach"] == "Ian Platt"]
    assert {f["role"] for f in spells} == {"goalkeeping_coach"}


@pytest.mark.parametrize(
    "text",
    [
        # his years there began as a player
        "Hull City have parted company with assistant Ian Platt, who had been at the club since 2012 as a "
        "player and coach.",
        # a player's years at the club, no coach in view
        "Hull City beat Luton 2-0. Striker Ian Platt has been at the club since 2019.",
        # not his time at a club: time in a job elsewhere
        "Hull City have parted company with manager Tom Baker. Ian Platt has been at his desk since dawn.",
    ],
)
def test_no_spell_from_a_players_years_or_other_places(text: str) -> None:
    assert not any(f["coach"] == "Ian Platt" and f["event"] == "in_charge" for f in facts_of(text))
