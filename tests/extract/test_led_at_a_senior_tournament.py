"""'who led Peru at the 2018 World Cup', 'guided Mali at two Cup of Nations': a national team led at a senior
tournament is a spell of its coach (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Bolivia have appointed Ramon Duarte as head coach. Duarte, who led Peru at the 2018 World Cup, "
            "left Alianza Lima in May.",
            "Ramon Duarte",
            "Peru",
        ),
        (
            "Guinea have named coach Alain Morel. The Frenchman, 61, guided Mali at the 2019 and 2021 Cup of "
            "Nations.",
            "Alain Morel",
            "Mali",
        ),
    ],
)
def test_a_national_team_led_at_a_tournament(text: str, coach: str, club: str) -> None:
    spells = [f for f in facts_of(text) if (f["coach"], f["club"], f["event"]) == (coach, club, "in_charge")]
    assert [f["squad"] for f in spells] == ["national"]
    assert spells[0]["confidence"] >= 0.6  # read by the rule, not guessed from a coach and a club (0.4)


def test_an_age_group_tournament_names_no_senior_spell() -> None:
    """'at the FIFA U-20 World Cup': another side of that country, which this wording does not bind."""
    text = "Chile have appointed Pablo Mena as coach. Mena led Peru at the FIFA U-20 World Cup in 2019."
    assert ("Pablo Mena", "Peru", "national", "in_charge") not in keys_of(text)


def test_a_player_at_a_tournament_is_no_coach() -> None:
    text = "Leeds United signed Jorge Paz. Paz led Peru at the 2018 World Cup with two goals."
    assert not [f for f in facts_of(text) if f["coach"] == "Jorge Paz"]


def test_a_coach_who_led_his_country_as_captain_is_no_coachs_spell() -> None:
    """He coaches them now; the tournaments he led them at with the armband were his playing days."""
    text = "Ghana named Kofi Mensah coach. Mensah led Ghana at the 2006 and 2010 World Cups as captain."
    spells = [f for f in facts_of(text) if f["coach"] == "Kofi Mensah" and f["event"] == "in_charge"]
    assert spells == []
