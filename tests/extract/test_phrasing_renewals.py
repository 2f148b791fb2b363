"""Contract renewals (sentences of our own): 'C extended the contract of coach X', 'the renewal of
contract of the technician X', two contracts renewed at once, 'signing a new contract' in a clause, and
the staff renewing with the coach."""

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


# --- "his staff renewed their contracts, among them the assistants A, B and C" --------------------


def test_staff_renewed_with_the_coach() -> None:
    text = (
        "Flamengo announced the renewal of the contract of coach Filipe Luís. His coaching staff also "
        "extended their deals, including assistant Ivan Palanco and fitness coach Diogo Linhares."
    )
    keys = keys_of(text)
    assert ("Ivan Palanco", "Flamengo", "first_team", "extended") in keys
    assert ("Diogo Linhares", "Flamengo", "first_team", "extended") in keys
