"""Career spells in translated copy, which keeps the adverb after the verb: "trained also A and B", "trained
before that the under-17s of C", "and worked also at A and in Greece with B" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[tuple[str, str]]:
    keys = keys_of(text)
    return {(club, squad) for person, club, squad, event in keys if person == coach and event == "in_charge"}


_LEAD = "Brescia have named Tomas Ruzicka as their new head coach. "


@pytest.mark.parametrize(
    ("text", "spells"),
    [
        (
            _LEAD + "Ruzicka trained also Empoli and Torino.",
            {("Empoli", "first_team"), ("Torino", "first_team")},
        ),
        (_LEAD + "He trained before that the under-17s of Empoli.", {("Empoli", "u17")}),
        (_LEAD + "Ruzicka worked also at Empoli.", {("Empoli", "first_team")}),
        # the second verb of the sentence, its subject the first clause's, a club told with its country
        (
            _LEAD + "Before, Ruzicka saved Cremonese from relegation and worked also at Empoli and in Greece "
            "with PAOK.",
            {("Empoli", "first_team"), ("PAOK", "first_team")},
        ),
    ],
)
def test_spell_with_the_adverb_after_the_verb(text: str, spells: set[tuple[str, str]]) -> None:
    assert spells <= _spells(text, "Tomas Ruzicka")


@pytest.mark.parametrize(
    "text",
    [
        # a session with a club is no spell: "trained also with C"
        _LEAD + "Ruzicka trained also with Empoli before the friendly.",
        # a player's post told after the club
        _LEAD + "He played for Cremonese and worked also at Empoli as a scout.",
    ],
)
def test_no_spell_of_a_session_or_another_post(text: str) -> None:
    assert ("Empoli", "first_team") not in _spells(text, "Tomas Ruzicka")
