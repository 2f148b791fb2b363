"""Moves between clubs told in passing: where a coach came from, where he went (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "had come (only) in the summer from C", "had come to A in 2022 from C": he left C --------------


@pytest.mark.parametrize(
    "text",
    [
        "Hull City sacked Marco Lentini on Sunday. Lentini had come only in the summer from Swansea City.",
        "Hull City sacked Marco Lentini on Sunday. Lentini had come to Hull City in March 2023 from "
        "Swansea City.",
        "Hull City sacked Marco Lentini on Sunday. Lentini came in the summer from Swansea City.",
    ],
)
def test_had_come_from(text: str) -> None:
    assert ("Marco Lentini", "Swansea City", "first_team", "left") in keys_of(text)


# --- "…, having joined from C in 2022": the participle's subject left C --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burnley named Tom Ashby as manager. He replaces Dan Kerr, who was sacked in May, having joined from "
        "Scottish side Ross County in the summer of 2022.",
        "Burnley named Tom Ashby as manager. He replaces Dan Kerr, who was dismissed last week, having "
        "only arrived from Ross County in January.",
    ],
)
def test_having_joined_from(text: str) -> None:
    keys = keys_of(text)
    assert ("Dan Kerr", "Ross County", "first_team", "left") in keys
    assert ("Tom Ashby", "Ross County", "first_team", "left") not in keys


# --- "X had been appointed in June, arriving from C": the subject came from C ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leeds United sacked Anna Berg on Monday. Berg had only been appointed in July 2023, coming from "
        "second-tier Sheffield United.",
        "Leeds United sacked Anna Berg on Monday. Berg took charge of Leeds United in June 2023, coming from "
        "Sheffield United.",
    ],
)
def test_subject_arriving_from(text: str) -> None:
    assert ("Anna Berg", "Sheffield United", "first_team", "left") in keys_of(text)


def test_coming_from_behind_is_no_move() -> None:
    text = (
        "Leeds United beat Sheffield United 3-1 on Sunday under Anna Berg, coming from behind against "
        "Hull City."
    )
    assert not any(k[3] == "left" for k in keys_of(text))


# --- "walked out for C": his next post -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wigan Athletic appointed Sam Cole on Friday. Cole replaces Ian Pike, who walked out for Bolton "
        "Wanderers in October.",
        "Wigan Athletic appointed Sam Cole on Friday. Ian Pike, the man who led Wigan Athletic to promotion "
        "in 2021, walked out for Bolton Wanderers last month.",
    ],
)
def test_walked_out_for(text: str) -> None:
    assert ("Ian Pike", "Bolton Wanderers", "first_team", "appointed") in keys_of(text)


# --- "X, formerly of C": a past post, kept when X is a coach ---------------------------------------


def test_formerly_of_club() -> None:
    text = (
        "Lech Poznan have appointed Piotr Nowak as head coach. Nowak, formerly of Cracovia, signed a "
        "two-year deal."
    )
    assert ("Piotr Nowak", "Cracovia", "first_team", "in_charge") in keys_of(text)


def test_formerly_of_a_player_is_nothing() -> None:
    text = "Lech Poznan beat Legia Warsaw 2-0. Adam Wojcik, formerly of Cracovia, scored both goals."
    assert not any(k[0] == "Adam Wojcik" for k in keys_of(text))


# --- "left Porto Alegre to train C", "left that post to take over C": the post he went to -------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Internacional sacked Diego Ruiz on Monday. In his first spell he had left Porto Alegre to "
            "train Valencia.",
            "Valencia",
        ),
        (
            "Morocco appointed Diego Ruiz as coach in 2019. He left that job in May 2022 to take over "
            "Saudi Arabia.",
            "Saudi Arabia",
        ),
    ],
)
def test_left_place_to_coach(text: str, club: str) -> None:
    assert any(k[0] == "Diego Ruiz" and k[1] == club and k[3] == "appointed" for k in keys_of(text))


# --- "C of Country, with which he won …", "where he had worked for six years": the club's spell --------


def test_with_which_binds_the_club_not_its_country() -> None:
    text = (
        "Al Ain appointed Jorge Lima on Monday. Lima trained previously Maccabi Haifa of Israel, with which "
        "he won the league title three times."
    )
    keys = keys_of(text)
    assert ("Jorge Lima", "Maccabi Haifa", "first_team", "in_charge") in keys
    assert not any(k[0] == "Jorge Lima" and k[1] == "Israel" for k in keys)


def test_where_he_had_worked_for_years() -> None:
    text = (
        "Mainz sacked Uwe Kramer on Sunday. Kramer had come in the summer from Basel, where he had worked "
        "for four years."
    )
    keys = keys_of(text)
    assert ("Uwe Kramer", "Basel", "first_team", "left") in keys
    assert ("Uwe Kramer", "Basel", "first_team", "in_charge") in keys


# --- "came as successor of Y and kept the team up": the subject kept it up, not Y --------------------


def test_kept_up_is_not_the_predecessors() -> None:
    text = (
        "Mainz sacked Uwe Kramer on Sunday. Kramer had come to Mainz in 2022 from Basel as successor of "
        "Jan Vogel and had avoided relegation with the team in his first season."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Jan Vogel" and k[1] == "Basel" for k in keys)
    assert ("Uwe Kramer", "Basel", "first_team", "left") in keys


# --- "the press expect him to be presented at C": a rumour ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sevilla confirmed that Luis Ortega will leave at the end of the season, and the local press expect "
        "him to be presented at Valencia next week.",
        "Luis Ortega leaves Sevilla this summer. Reports expect Ortega to take over at Valencia.",
        "Luis Ortega leaves Sevilla this summer. Ortega is expected to be presented by Valencia soon.",
    ],
)
def test_expected_to_be_presented(text: str) -> None:
    assert ("Luis Ortega", "Valencia", "first_team", "linked") in keys_of(text)
