"""Recall on phrasings of renewals, arrivals and exits (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "C extended the contract of coach X", "the renewal of contract of the technician X" ---------


@pytest.mark.parametrize(
    "text",
    [
        "Sevilla extended today the contract of coach Diego Alonso for two more years.",
        "Sevilla announced on Monday the renewal of the contract of head coach Diego Alonso until 2026.",
        "Sevilla made official this Tuesday the renewal of contract of the technician Diego Alonso.",
        "Sevilla have renewed Diego Alonso's contract until June 2026.",
        "Sevilla appointed Diego Alonso in October. In March the club extended his contract until 2026.",
    ],
)
def test_club_renews_its_coach(text: str) -> None:
    assert ("Diego Alonso", "Sevilla", "first_team", "extended") in keys_of(text)


def test_renewal_of_two_contracts() -> None:
    text = "Leeds United extended the contracts of manager Daniel Farke and assistant coach Edmund Riemer."
    keys = keys_of(text)
    assert ("Daniel Farke", "Leeds United", "first_team", "extended") in keys
    assert ("Edmund Riemer", "Leeds United", "first_team", "extended") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Burnley boss Scott Parker ended the speculation by signing a new contract at Turf Moor.",
        "Burnley manager Scott Parker has stayed put after penning a fresh three-year deal.",
    ],
)
def test_signing_a_new_contract_in_a_clause(text: str) -> None:
    assert ("Scott Parker", "Burnley", "first_team", "extended") in keys_of(text)


# --- "X is no longer the coach of C", "he has decided to leave" -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marco Rose is no longer the head coach of RB Leipzig.",
        "Marco Rose, who is no longer in charge of RB Leipzig, is wanted by Wolfsburg.",
    ],
)
def test_no_longer_the_coach(text: str) -> None:
    assert ("Marco Rose", "RB Leipzig", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "RB Leipzig said on Sunday that Marco Rose has decided to leave at the end of the season.",
        "Marco Rose is no longer Leipzig's coach. He told the board that he had opted to step down.",
    ],
)
def test_decided_to_leave_is_a_resignation(text: str) -> None:
    assert ("Marco Rose", "RB Leipzig", "first_team", "resigned") in keys_of(text)


def test_decided_to_leave_in_a_quote_is_no_fact() -> None:
    text = '"We are sad that Marco has chosen to leave," RB Leipzig chief executive Oliver Mintzlaff said.'
    assert not any(k[3] == "resigned" for k in keys_of(text))


# --- participle openings: "Born in …, X", "Appointed on July 9, 2012 by …, X has won …" ---------


def test_participle_opening_keeps_the_subject_in_view() -> None:
    text = (
        "Hertha Berlin have appointed Stefan Leitl as head coach. "
        "Born in Munich, Leitl began his coaching career at Ingolstadt. "
        "In 2019 he took over Greuther Fürth and won promotion."
    )
    assert ("Stefan Leitl", "Greuther Fürth", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Appointed on June 14, 2021 by the club's owners, Maurizio Sarri has won 40 games at Lazio.",
        "Hired by Lazio in June 2021, Maurizio Sarri led the side to second place.",
    ],
)
def test_participle_appointed(text: str) -> None:
    assert ("Maurizio Sarri", "Lazio", "first_team", "appointed") in keys_of(text)


# --- staff arriving with a new coach ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rayo Vallecano appointed Iñigo Pérez. He will be joined by his assistant Pablo Gil.",
        "Rayo Vallecano appointed Iñigo Pérez, who brings his long-time assistant Pablo Gil with him.",
        "Rayo Vallecano appointed Iñigo Pérez. The 36-year-old brings a three-man coaching staff with him, "
        "headed by assistant coach Pablo Gil.",
        "Rayo appointed Iñigo Pérez. He brought with him a backroom team led by assistant Pablo Gil.",
    ],
)
def test_staff_arrive_with_the_new_coach(text: str) -> None:
    assert any(k[0] == "Pablo Gil" and k[1].startswith("Rayo") and k[3] == "appointed" for k in keys_of(text))


def test_joined_by_family_is_no_staff() -> None:
    text = "Rayo Vallecano appointed Iñigo Pérez. He was joined by his wife Laura Gil at the presentation."
    assert not any(k[0] == "Laura Gil" for k in keys_of(text))


# --- "after arriving in September 2022": the arrival is the appointment ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wydad sacked Rulani Mokwena. Sven Vandenbroeck, 45, won it with Wydad after arriving in June 2021.",
        "Wydad sacked Rulani Mokwena. Sven Vandenbroeck won the league at Wydad after his arrival in 2021.",
    ],
)
def test_after_arriving_in_a_date(text: str) -> None:
    assert ("Sven Vandenbroeck", "Wydad AC", "first_team", "appointed") in keys_of(text)


def test_arriving_in_a_place_is_no_appointment() -> None:
    text = "Sven Vandenbroeck spoke to reporters after arriving in Casablanca."
    assert not any(k[3] == "appointed" for k in keys_of(text))


# --- a dated step in a coach's career: "In January he moved to C", "X joined C in May 2019" --------


@pytest.mark.parametrize(
    "text",
    [
        "Schalke 04 appointed Kees van Wonderen. In January he moved to Heerenveen.",
        "Schalke 04 appointed Kees van Wonderen. In 2021, he joined Heerenveen and avoided relegation.",
        "Schalke 04 appointed Kees van Wonderen. Van Wonderen joined Heerenveen in the summer of 2021.",
    ],
)
def test_dated_career_move(text: str) -> None:
    assert ("Kees van Wonderen", "SC Heerenveen", "first_team", "appointed") in keys_of(text)


def test_joining_as_a_player_is_no_appointment() -> None:
    text = "Schalke 04 appointed Kees van Wonderen. In 1990 he joined Heerenveen as a player."
    assert ("Kees van Wonderen", "SC Heerenveen", "first_team", "appointed") not in keys_of(text)


# --- "his staff renewed their contracts, among them the assistants A, B and C" --------------------


def test_staff_renewed_with_the_coach() -> None:
    text = (
        "Flamengo announced the renewal of the contract of coach Filipe Luís. His coaching staff also "
        "extended their deals, including assistant Ivan Palanco and fitness coach Diogo Linhares."
    )
    keys = keys_of(text)
    assert ("Ivan Palanco", "Flamengo", "first_team", "extended") in keys
    assert ("Diogo Linhares", "Flamengo", "first_team", "extended") in keys


# --- a surname on its own that is also a word ("Arena", "Park"), once the full name was told --------


def test_surname_that_is_a_word_is_the_person_named_before() -> None:
    text = (
        "Bruce Arena resigned as coach of the New England Revolution on Saturday. "
        "Arena joined New England Revolution in May 2019."
    )
    assert ("Bruce Arena", "New England Revolution", "first_team", "appointed") in keys_of(text)


def test_the_arena_is_a_place() -> None:
    text = "Bruce Arena was sacked by LA Galaxy. Fans gathered at the Arena in May 2019."
    assert {k[0] for k in keys_of(text)} == {"Bruce Arena"}
