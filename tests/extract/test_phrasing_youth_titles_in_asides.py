"""A youth or reserve coach's own post told in a closed aside after his name ("X, the under-21 coach,
took interim charge"): an in_charge of that squad at the club in view, beside whatever the sentence
says he did for the senior side."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Poland appointed Adam Nowicki on Monday. Piotr Lis, the under-21 coach, had led the "
            "senior side as caretaker in October.",
            "Piotr Lis",
            "Poland",
            "national_u21",
        ),
        (
            "Japan named Paulo Duarte as coach. Go Takeda, the under-23 coach, took interim "
            "charge for a pair of friendlies in June.",
            "Go Takeda",
            "Japan",
            "national_u23",
        ),
        (
            "Getafe sacked their manager on Sunday. The club turned to Mario Rossi, the reserve team coach, "
            "for the trip to Sevilla.",
            "Mario Rossi",
            "Getafe",
            "reserve",
        ),
        (
            "Norwich City have parted company with their head coach. Jack Wilson, the under-18s manager, "
            "will take the team for Saturday's game.",
            "Jack Wilson",
            "Norwich City",
            "u18",
        ),
    ],
)
def test_youth_title_in_closed_aside_is_his_post(text: str, coach: str, club: str, squad: str) -> None:
    assert (coach, club, squad, "in_charge") in keys_of(text)


def test_senior_stand_in_spell_kept_beside_the_youth_post() -> None:
    keys = keys_of(
        "Japan named Paulo Duarte as coach. Go Takeda, the under-23 coach, took interim "
        "charge for a pair of friendlies in June."
    )
    assert {("Go Takeda", "Japan", "national_u23", "in_charge")} <= keys
    assert any(k[0] == "Go Takeda" and k[2] == "national" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        # no club in view: a title alone names no post
        "The federation met on Monday. Ruslan Rotan, the under-21 coach, will stay in his role.",
        # an open aside running on: the title is not closed off as his
        "Leeds lost 2-0. Tom Carter, the under-21 coach Ben Smith's assistant, was at the game.",
    ],
)
def test_no_youth_post_without_a_club_or_a_closed_title(text: str) -> None:
    keys = keys_of(text)
    assert not {k for k in keys if k[0] in ("Ruslan Rotan", "Tom Carter") and k[2] != "first_team"}


# --- a spell at the club in view told with a stand-in's words right after ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Everton sacked Sean Dyche. Leighton Baines has coached the side on an interim basis since.",
        "Watford named Tom Cleverley as coach. Cleverley had managed the team as interim boss for a month.",
        "Hull City parted ways with Tim Walter. Andy Dawson has led the team in a caretaker capacity since.",
    ],
)
def test_spell_of_the_side_on_an_interim_basis_is_a_stand_ins(text: str) -> None:
    roles = {(f["coach"].split()[-1], f["event"], f["role"]) for f in facts_of(text)}
    assert {r for r in roles if r[1] == "in_charge"} and all(
        r[2] == "caretaker" for r in roles if r[1] == "in_charge"
    )


def test_youth_coach_who_led_the_team_on_an_interim_basis_keeps_both_posts() -> None:
    keys = keys_of(
        "Argentina have appointed Marco Ruiz as head coach. Under-20 coach Diego Pla led the team "
        "on an interim basis for two friendlies in March."
    )
    assert {
        ("Diego Pla", "Argentina", "national_u20", "in_charge"),
        ("Diego Pla", "Argentina", "national", "in_charge"),
    } <= keys


def test_spell_of_the_side_without_stand_in_words_stays_head_coach() -> None:
    roles = {
        f["role"]
        for f in facts_of(
            "Everton sacked Sean Dyche on Thursday. Leighton Baines previously coached the side in 2019."
        )
        if f["coach"] == "Leighton Baines"
    }
    assert "caretaker" not in roles
