"""The translated adverb "before" placed after the verb or with the club left for this post: "had coached
before A, B and C", "coached before C, which …", "who before D had coached A and B" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


_LEAD = "Lecce have appointed Paolo Verdi as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Verdi had coached before Empoli, Torino and Venezia.",
        _LEAD + "Verdi, who before Parma had coached Empoli, Torino and Venezia, signed until 2027.",
    ],
)
def test_careers_with_a_translated_before(text: str) -> None:
    assert {"Empoli", "Torino", "Venezia"} <= _spells(text, "Paolo Verdi")


@pytest.mark.parametrize(
    "text",
    [
        # one club, then an aside on it or the sentence's end
        _LEAD + "The 51-year-old coached before Empoli, where he stayed for three years.",
        _LEAD + "Verdi managed before Empoli.",
        _LEAD + "Verdi directed before Empoli for three seasons.",
    ],
)
def test_one_club_after_a_translated_before(text: str) -> None:
    assert "Empoli" in _spells(text, "Paolo Verdi")


@pytest.mark.parametrize(
    "text",
    [
        # "before" a club's own deed: when he coached, not where
        _LEAD + "Verdi coached before Empoli came calling in 2019.",
        # a deed of the club's, its possessive after the name
        _LEAD + "Verdi managed before Empoli's relegation was confirmed.",
    ],
)
def test_no_spell_from_a_time_clause(text: str) -> None:
    assert "Empoli" not in _spells(text, "Paolo Verdi")


def test_the_club_left_is_no_item_of_the_list() -> None:
    text = _LEAD + "Verdi, who before Parma had coached Empoli and Torino, signed until 2027."
    assert "Parma" not in _spells(text, "Paolo Verdi")
