"""Moves, lists and women's sides told in passing (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "the Women's World Cup" is a tournament, not a squad ----------------------------------


def test_womens_tournament_is_no_squad() -> None:
    text = (
        "Didier Deschamps was named Belgium coach on Friday. "
        "He previously led the Netherlands, whom he coached at the Women's Euro in 2022."
    )
    keys = keys_of(text)
    assert ("Didier Deschamps", "Belgium", "national", "appointed") in keys
    assert not any(k[1] == "Belgium" and k[2] == "national_women" for k in keys)


# --- "the Pride", "the Phoenix": a word of a club already named ----------------------------


def test_the_last_word_of_a_named_club_is_that_club() -> None:
    text = (
        "Wellington Phoenix have appointed Mark Lowe as head coach. "
        "The Phoenix sacked Paul Green in May after a poor run."
    )
    assert ("Paul Green", "Wellington Phoenix", "first_team", "dismissed") in keys_of(text)


# --- "terminated the contracts of A and B", "sacked A and B" -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hull City terminated the contracts of Alan Price and Jim Doyle on Friday.",
        "Hull City have terminated the contracts of head coach Alan Price and assistant coach Jim Doyle.",
        "Hull City sacked Alan Price and Jim Doyle after the defeat.",
    ],
)
def test_object_list_is_each_dismissed(text: str) -> None:
    keys = keys_of(text)
    assert ("Alan Price", "Hull City", "first_team", "dismissed") in keys
    assert ("Jim Doyle", "Hull City", "first_team", "dismissed") in keys


def test_sacked_then_new_subject_is_no_list() -> None:
    keys = keys_of("Hull City sacked Alan Price and Jim Doyle took over as caretaker.")
    assert ("Jim Doyle", "Hull City", "first_team", "dismissed") not in keys
    assert ("Jim Doyle", "Hull City", "first_team", "appointed") in keys


# --- "left for Moroccan side C", "departed for Egypt's C" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leeds United promoted Tom Hart to head coach when Ben Hill left for Belgian side Club Brugge.",
        "Leeds United named Tom Hart head coach after Ben Hill departed for Belgium's Club Brugge.",
    ],
)
def test_left_for_a_described_club(text: str) -> None:
    keys = keys_of(text)
    assert ("Ben Hill", "Leeds United", "first_team", "left") in keys
    assert ("Ben Hill", "Club Brugge", "first_team", "appointed") in keys


# --- co-coaches ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ajax sacked Tom Hart on Monday. Hart and Ben Hill had shared the job as co-coaches since 2021.",
        "Ajax sacked Tom Hart on Monday. Hart and Ben Hill had served as joint head coaches since 2021.",
    ],
)
def test_co_coaches_each_in_charge(text: str) -> None:
    keys = keys_of(text)
    assert ("Ben Hill", "Ajax", "first_team", "in_charge") in keys


# --- a women's-league club --------------------------------------------------------------------


def test_nwsl_club_posts_are_the_womens() -> None:
    text = "Portland Thorns have named Rhian Wilkinson head coach, the NWSL club announced on Monday."
    assert ("Rhian Wilkinson", "Portland Thorns", "women", "appointed") in keys_of(text)


# --- rumours: the man in the post ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Real Betis are keen on Diego Alonso, whose deal with Sevilla runs until 2026.",
        "Arsenal have been linked with Diego Alonso, whose contract at Sevilla expires next summer.",
    ],
)
def test_whose_contract_at_is_his_post(text: str) -> None:
    assert ("Diego Alonso", "Sevilla", "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ajax have made Tom Hart their number one target to succeed Ben Hill.",
        "Ajax have identified Tom Hart as their top target to replace Ben Hill.",
    ],
)
def test_top_target_to_replace(text: str) -> None:
    keys = keys_of(text)
    assert ("Ben Hill", "Ajax", "first_team", "in_charge") in keys
    assert ("Ben Hill", "Ajax", "first_team", "left") not in keys


def test_made_top_target_is_linked() -> None:
    keys = keys_of("Ajax have made Tom Hart their top target after the defeat.")
    assert ("Tom Hart", "Ajax", "first_team", "linked") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea chairman Todd Boehly said Mark Lee would continue as manager next season.",
        "Chelsea confirmed that Mark Lee will stay on as head coach.",
    ],
)
def test_continue_as_coach_is_in_charge(text: str) -> None:
    keys = keys_of(text)
    assert ("Mark Lee", "Chelsea", "first_team", "in_charge") in keys
    assert not any(k[0] == "Todd Boehly" for k in keys)
