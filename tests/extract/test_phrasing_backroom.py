"""Backroom staff told in passing: 'Y has been the goalkeeping coach since 2016' (a post, not a
reference back to someone), a club named in another man's clause ('X worked with him at C, and Y has
been …') is not Y's, and 'He was also Y's assistant at C' (the aide and the head coach he served)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club", "role"),
    [
        (
            "Leeds United are top of the table. Chris Domaille has been the goalkeeping coach since 2019.",
            "Chris Domaille",
            "Leeds United",
            "goalkeeping_coach",
        ),
        (
            "Brentford won again on Saturday. Tom Lowe had been the fitness coach for three seasons.",
            "Tom Lowe",
            "Brentford",
            "fitness_coach",
        ),
    ],
)
def test_staff_post_after_has_been(text, coach, club, role):
    facts = [f for f in facts_of(text) if f["coach"] == coach]
    assert [(f["club"], f["role"], f["event"]) for f in facts] == [(club, role, "in_charge")]


def test_club_of_the_other_clause_is_not_the_staff_post():
    text = (
        "Arsenal's staff has barely changed. Tomas Brandt, the fitness coach, has worked with Mikel Arteta "
        "since their days at Manchester City, and Inaki Cana has been the goalkeeping coach since 2021."
    )
    facts = [f for f in facts_of(text) if f["coach"] == "Inaki Cana"]
    assert [(f["club"], f["role"]) for f in facts] == [("Arsenal", "goalkeeping_coach")]
    assert facts[0]["date"] == "2021-01-01"


def test_he_after_and_keeps_the_club_of_his_own_story():
    text = (
        "After leaving Iceland, Heimir Hallgrimsson joined Jamaica in 2022, and he resigned from that post."
    )
    assert ("Heimir Hallgrimsson", "Jamaica", "national", "resigned") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "aide", "boss", "club"),
    [
        (
            "Tomas Ruiz has returned to Aston Villa. He was also Javier Prado's assistant at Villarreal "
            "in 2020-21.",
            "Tomas Ruiz",
            "Javier Prado",
            "Villarreal",
        ),
        (
            "Paul Clement has been sacked by Reims. Clement had been an assistant to Carlo Ancelotti at "
            "Real Madrid.",
            "Paul Clement",
            "Carlo Ancelotti",
            "Real Madrid",
        ),
        (
            "Steve Holland joins the England staff. Holland was previously Antonio Conte's number two with "
            "Chelsea.",
            "Steve Holland",
            "Antonio Conte",
            "Chelsea",
        ),
    ],
)
def test_aide_told_with_a_bare_copula(text, aide, boss, club):
    facts = facts_of(text)
    assert (club, "assistant_coach") in {(f["club"], f["role"]) for f in facts if f["coach"] == aide}
    assert (club, "head_coach", "in_charge") in {
        (f["club"], f["role"], f["event"]) for f in facts if f["coach"] == boss
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arsenal named a new under-18 coach. Kemal Aydin continues as head coach of the under-21s.",
            ("Kemal Aydin", "Arsenal", "u21", "in_charge"),
        ),
        (
            "Chelsea reshaped their academy. Carlos Cuesta will remain in charge of the under-18s.",
            ("Carlos Cuesta", "Chelsea", "u18", "in_charge"),
        ),
    ],
)
def test_staying_on_with_an_age_group_side(text, expected):
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before that, Stuart Kettlewell managed Ross County alongside Steven Ferguson.",
            ("Steven Ferguson", "Ross County", "first_team", "in_charge"),
        ),
        (
            "Michael Beale had co-managed Dundee United together with Tony Docherty for a season.",
            ("Tony Docherty", "Dundee United", "first_team", "in_charge"),
        ),
    ],
)
def test_joint_head_coach_named_after_alongside(text, expected):
    assert expected in keys_of(text)


def test_alongside_his_assistant_is_no_joint_head_coach():
    text = "Rob Edwards managed Luton Town alongside Richie Kyle's staff for two seasons."
    assert not any(f["coach"] == "Richie Kyle" for f in facts_of(text))


_MADSEN_HIRED = "Burnley have appointed Rolf Madsen as head coach. "


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            _MADSEN_HIRED + "He was previously an assistant with Everton and the Wolverhampton Wanderers.",
            {"Everton", "Wanderers"},
        ),
        (_MADSEN_HIRED + "Madsen was formerly an assistant coach at Fulham.", {"Fulham"}),
        (
            _MADSEN_HIRED + "He has also worked as a first-team coach with Stoke City and Hull City.",
            {"Stoke", "Hull"},
        ),
        (_MADSEN_HIRED + "Madsen began his coaching career as an assistant at Brest.", {"Brest"}),
        (_MADSEN_HIRED + "He earlier worked as a coach with Sheffield Wednesday.", {"Sheffield Wednesday"}),
    ],
)
def test_staff_spells(text: str, clubs: set[str]) -> None:
    got = {k[1] for k in keys_of(text) if k[0] == "Rolf Madsen" and k[3] == "in_charge" and k[1] != "Burnley"}
    assert all(any(c in g for g in got) for c in clubs), got


@pytest.mark.parametrize(
    "text",
    [
        # a player's or scout's past, a youth post: no first-team staff spell
        _MADSEN_HIRED + "He was previously a player with Everton and Fulham.",
        _MADSEN_HIRED + "He earlier worked as a scout at Everton.",
        _MADSEN_HIRED + "He has also worked as an under-19 coach at Everton.",
        _MADSEN_HIRED + "Madsen began his playing career with Everton and Fulham.",
    ],
)
def test_not_staff_spells(text: str) -> None:
    assert not {k for k in keys_of(text) if k[0] == "Rolf Madsen" and k[1] in ("Everton", "Fulham")}
