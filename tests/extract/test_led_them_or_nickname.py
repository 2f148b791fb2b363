"""'Y, who led them in 2009 and 2010', 'who led the Nashama to the Asian Cup final', 'has led the Blue
Herons since 2019': the club in view named by a pronoun or by a nickname no reference list holds, then the
spell's time or what it achieved (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Leeds United have appointed Tom Reid as head coach. He is the third Dutch coach of the club, "
            "after Jan Vos, who led them in 2009 and 2010, and Piet Smit.",
            "Jan Vos",
            "Leeds United",
            "first_team",
        ),
        (
            "Jordan have appointed Karim Saleh as head coach of the national team, replacing Omar Haddad, "
            "who led the Nashama to the Asian Cup final in February.",
            "Omar Haddad",
            "Jordan",
            "national",
        ),
        (
            "Albania have extended the contract of head coach Enzo Rota. Rota has led the Blue Herons since "
            "2019.",
            "Enzo Rota",
            "Albania",
            "national",
        ),
    ],
)
def test_the_club_in_view_by_a_pronoun_or_nickname(text: str, coach: str, club: str, squad: str) -> None:
    assert (coach, club, squad, "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player's season: "led" with no coaching word, and he coaches nowhere in the story
        "Leeds United finished second. Leo Hart, who led the Herons to the title, has signed for Fulham.",
        # no spell's time nor achievement after the nickname
        "Leeds United won 2-0. Leo Hart led the Herons in assists and tackles.",
    ],
)
def test_a_player_leading_the_side_is_no_spell(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] == "Leo Hart"]


_COACH = "Leeds United drew with Everton. Tom Reid, the Leeds United coach, said the draw was fair. "


@pytest.mark.parametrize(
    "text",
    [
        _COACH + "Reid has led the Championship since October.",
        _COACH + "Reid has led the Bundesliga since October.",
        _COACH + "Reid has led the Premier League table since October.",
    ],
)
def test_leading_a_competition_is_no_spell(text: str) -> None:
    # near-miss: the capitalised run after "led the" names a league or its table, not the club in view
    # (so no spell of his is dated from October)
    dates = {f["date"] for f in facts_of(text) if f["coach"] == "Tom Reid"}
    assert not any(d and d.startswith("2023-10") for d in dates)
