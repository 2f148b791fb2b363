"""'who guided the team on an interim basis', 'The interim X directed the team in the last two games',
'X leads the team since 2021': a spell at the club in view, told by the team he led and how or how long he
held it (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Wrexham have appointed Lee Hart as manager. Hart replaces Mark Dunn, who led the team on an "
            "interim basis after Paul Kemp was sacked in March.",
            "Mark Dunn",
            "Wrexham",
        ),
        (
            "Millwall have named Tom Reid as their new manager. He succeeds Sam Cole, who had guided "
            "the side as caretaker since November and now returns to the academy.",
            "Sam Cole",
            "Millwall",
        ),
        (
            "Burnley sacked head coach Pedro Ruiz on Monday. Caretaker Dan Hewitt, who steered the team for "
            "three months last season, will again take training.",
            "Dan Hewitt",
            "Burnley",
        ),
        (
            "Legia Warsaw have extended the contract of trainer Marek Nowicki. Nowicki leads the team "
            "since 2021, when he arrived from the second league.",
            "Marek Nowicki",
            "Legia Warsaw",
        ),
    ],
)
def test_the_team_he_led_for_a_while_is_the_club_in_view(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "in_charge") in keys_of(text)


def test_a_youth_coach_standing_in_leads_the_first_team() -> None:
    """His title names the under-20s, the team he led for two games is the senior one."""
    text = (
        "Bahia dismissed head coach Paulo Lima on Sunday. Rui Costa, in charge of the under-20, has been "
        "leading the team on an interim basis for three games and returns to the academy."
    )
    keys = keys_of(text)
    assert ("Rui Costa", "EC Bahia", "first_team", "in_charge") in keys
    assert ("Rui Costa", "EC Bahia", "u20", "in_charge") in keys


def test_the_stand_in_read_by_two_rules_is_one_spell() -> None:
    text = (
        "Watford have appointed Karl Moss as head coach. Moss replaces Ian Pike, who had directed the team "
        "as interim since the sacking of Jon Webb."
    )
    spells = [f for f in facts_of(text) if f["coach"] == "Ian Pike" and f["event"] == "in_charge"]
    assert len(spells) == 1
    assert spells[0]["role"] == "caretaker"


@pytest.mark.parametrize(
    "text",
    [
        # a captain's years at the head of the team, told of no coach
        "Wrexham finished third. Harry Lowe, who led the team for two seasons, retired in May.",
        # a match report: the team led to a win, with no spell told
        "Wrexham beat Bolton 2-0. Harry Lowe led the team to victory with a goal in each half.",
        # the team led at one moment of a match
        "Harry Lowe led the team in the last minute of the derby against Chester.",
    ],
)
def test_leading_the_team_on_the_pitch_is_no_spell(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] == "Harry Lowe"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Wigan named Lee Hart as manager. Burnley boss Sam Cole hailed Dan Reid, who led the team for "
            "three seasons as captain.",
            id="another_mans_title",
        ),
        pytest.param(
            "Wigan named Lee Hart as manager. Burnley lost 2-1 at Wigan. Dan Reid, who has led the team "
            "as acting captain since January, scored the goal.",
            id="acting_captain_since",
        ),
        pytest.param(
            "Wigan named Lee Hart as manager. Dan Reid led the team as acting skipper in the last three "
            "games.",
            id="acting_skipper_in_the_last_games",
        ),
    ],
)
def test_the_armband_or_another_mans_title_is_no_coaching_spell(text: str) -> None:
    """'as (acting) captain' tells a captain's spell; 'Burnley boss Sam Cole' is Cole's title, not Reid's."""
    assert not any(f["coach"] == "Dan Reid" for f in facts_of(text))
