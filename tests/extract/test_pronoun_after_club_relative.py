"""'C, who sacked Y in March, made an offer to X. The German turned it down': the men named in a
relative clause on the club opening a sentence are told of the club, so a reference in the next sentence
goes on about the man of the main clause (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, read_as

OFFER = (
    "Hamburger SV, who sacked Tom Brandt in February and finished the season with Ian Hood as interim "
    "coach, made a firm offer to Jonas Weber last week. {ref} turned it down on Monday."
)


@pytest.mark.parametrize("ref", ["He", "The German", "The 44-year-old"])
def test_reference_after_a_club_relative_is_the_main_clause_man(ref: str, monkeypatch) -> None:
    assert read_as(OFFER.format(ref=ref), ref, monkeypatch) == ["Jonas Weber"]


def test_the_offer_turned_down_is_the_main_clause_mans() -> None:
    keys = keys_of(OFFER.format(ref="The German"))
    assert ("Jonas Weber", "Hamburger SV", "first_team", "offer_declined") in keys
    assert ("Tom Brandt", "Hamburger SV", "first_team", "offer_declined") not in keys


def test_a_relative_clause_naming_the_only_man_still_leaves_him_in_view(monkeypatch) -> None:
    text = (
        "Hamburger SV, who sacked Tom Brandt in February, are still looking. "
        "He had been in charge since 2021."
    )
    assert read_as(text, "He", monkeypatch) == ["Tom Brandt"]


def test_a_man_opening_the_sentence_keeps_his_relative_clause_asides(monkeypatch) -> None:
    text = (
        "Jonas Weber, who replaced Tom Brandt in February, made a formal offer to Ian Hood last week. "
        "He wants him as his assistant."
    )
    assert read_as(text, "He", monkeypatch) == ["Jonas Weber"]
