"""Career spells told in passing: every club of a coordinated list after a coaching verb, whatever stands
between the verb and the list or between the items (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


# --- between the items: a participle aside before "then", a spell's periods, a league ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Lecce appointed Marco Giampaolo. Giampaolo has trained Empoli, conquering promotion in 2014, then "
        "Sampdoria, Torino and Milan.",
        "Lecce appointed Marco Giampaolo. He has coached Empoli, bringing them to Serie A, and then "
        "Sampdoria, Torino and Milan.",
    ],
)
def test_the_list_goes_on_after_a_participle_aside(text: str) -> None:
    assert {"Empoli", "Sampdoria", "Torino", "AC Milan"} <= _spells(text, "Marco Giampaolo")


def test_a_spells_periods_and_the_preposition_repeated() -> None:
    text = "Mali appointed Michel Dussuyer. He also sat on the bench of Benin for two periods and of Guinea."
    assert {"Benin", "Guinea"} <= _spells(text, "Michel Dussuyer")


def test_a_lower_league_between_items() -> None:
    text = (
        "Lecce appointed Roberto Cevoli. In his career Cevoli has guided Modena in Serie C and the Reggiana."
    )
    assert {"Modena", "Reggiana"} <= _spells(text, "Roberto Cevoli")


def test_an_opponent_after_the_aside_is_no_item() -> None:
    text = "Lecce appointed Marco Giampaolo. He has trained Empoli, beating Genoa, and against Verona won."
    spells = _spells(text, "Marco Giampaolo")
    assert "Empoli" in spells
    assert not {"Genoa", "Hellas Verona"} & spells


# --- "X, …, is a known face: the Abruzzese technician has coached …": the colon's subject -----------


@pytest.mark.parametrize(
    "text",
    [
        "Milan replaced Daniele Bonera with Massimo Oddo. Bonera, 43, had been chosen in the summer. Oddo, "
        "world champion in 2006, is a known face: the Abruzzese technician has trained Pescara and Udinese.",
        "Milan replaced Daniele Bonera with Massimo Oddo. Bonera, 43, had been chosen in the summer. Oddo is "
        "no stranger to the job: the Italian tactician has coached Pescara and Udinese.",
    ],
)
def test_a_descriptor_after_a_colon_is_the_clauses_subject(text: str) -> None:
    assert {"Pescara", "Udinese"} <= _spells(text, "Massimo Oddo")
    assert not _spells(text, "Daniele Bonera") & {"Pescara", "Udinese"}


def test_a_descriptor_after_a_colon_with_two_men_named_before_is_not_guessed() -> None:
    text = (
        "Milan sacked Daniele Bonera. Oddo praised Pioli: the Abruzzese technician has trained Pescara and "
        "Udinese."
    )
    assert not _spells(text, "Massimo Oddo")
