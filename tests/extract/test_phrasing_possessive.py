"""A coach named by his club's possessive ('Elversberg's X'): players are named so too, so the
post stands only when the sentence says he coaches ('C's X, the longest-serving coach …', 'C's X,
who has taken the club from …') or the article shows him coaching elsewhere; 'the third coach
fired this season, following C's A and D's B': A and B were sacked there."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mainz sporting director Jonas Keller is said to favour Elversberg's Tim Brandt, who has "
            "taken the small club up from the fifth tier to the brink of the Bundesliga.",
            ("Tim Brandt", "SV Elversberg", "first_team", "in_charge"),
        ),
        (
            "Brentford's Tomas Varga, the longest-serving manager in the Premier League, is not going "
            "anywhere.",
            ("Tomas Varga", "Brentford", "first_team", "in_charge"),
        ),
        (
            "Getafe's Ramon Ortiz, who guided the side to Europe last season, has been linked with Sevilla.",
            ("Ramon Ortiz", "Getafe", "first_team", "in_charge"),
        ),
    ],
)
def test_possessive_coach_told_in_his_sentence(text, expected):
    assert expected in keys_of(text)


def test_possessive_coach_told_elsewhere_in_the_article():
    text = (
        "Frankfurt's Dino Toppmoller is not going anywhere, the club say. "
        "Toppmoller was appointed head coach of Eintracht Frankfurt in 2023."
    )
    assert ("Dino Toppmoller", "Eintracht Frankfurt", "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lenhart is the third MLS head coach fired this year, following Toronto FC's Ryan Bale in June.",
            ("Ryan Bale", "Toronto FC", "first_team", "dismissed"),
        ),
        (
            "Tanner became the fourth Championship manager to be sacked this term, after Millwall's Gary "
            "Rowett and Hull City's Liam Rosenior.",
            ("Liam Rosenior", "Hull City", "first_team", "dismissed"),
        ),
        (
            "Tanner became the fourth Championship manager to be sacked this term, after Millwall's Gary "
            "Rowett and Hull City's Liam Rosenior.",
            ("Gary Rowett", "Millwall", "first_team", "dismissed"),
        ),
    ],
)
def test_sacked_before_him(text, expected):
    assert expected in keys_of(text)


def test_fired_list_date_is_the_sackings():
    text = "Lenhart is the third MLS head coach fired this year, following Toronto FC's Ryan Bale in June."
    (f,) = [f for f in facts_of(text, published="2023-08-28") if f["coach"] == "Ryan Bale"]
    assert f["date"] == "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal's Bukayo Saka scored twice as Arsenal beat Chelsea on Saturday.",
        "Arsenal's Bukayo Saka, the club's top scorer, is out for a month.",
        "Arsenal's Bukayo Saka, the best player in the league, is out for a month injured.",
        "Arsenal's Bukayo Saka, who has taken the league by storm, is out for a month injured.",
    ],
)
def test_possessive_player_is_no_coach(text):
    assert not [f for f in facts_of(text) if f["coach"] == "Bukayo Saka"]


def test_player_scoring_after_a_sacking_was_not_sacked():
    text = (
        "Dean Smith was the second manager sacked this week after Arsenal's Bukayo Saka scored twice "
        "against his side."
    )
    assert not [f for f in facts_of(text) if f["coach"] == "Bukayo Saka" and f["event"] == "dismissed"]
