"""A coaching career's clubs listed with no verb, as translated copy tells them: "In his career as a coach
also A, B and C", "In her managerial career: A and B" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Sassuolo have named Paolo Verdi as their coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "In his career as a coach also Empoli and Torino.",
        _LEAD + "In his coaching career: Empoli, Torino and Como.",
        _LEAD + "In his career on the bench also Empoli and Torino.",
    ],
)
def test_verbless_coaching_career_list(text: str) -> None:
    assert {"Empoli", "Torino"} <= _spells(text, "Paolo Verdi")


@pytest.mark.parametrize(
    "text",
    [
        # no "also" or colon: the clubs are the clause's subject, no list of his
        _LEAD + "In his coaching career, Empoli and Torino lost to him twice.",
        # a playing career told the same way: nothing shows him coaching
        "Sassuolo have signed midfielder Paolo Verdi. In his career as a player also Empoli and Torino.",
    ],
)
def test_no_list_without_its_opening_or_of_a_player(text: str) -> None:
    assert not {"Empoli", "Torino"} & _spells(text, "Paolo Verdi")
