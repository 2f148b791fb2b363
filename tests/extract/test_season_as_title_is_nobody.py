"""'who saw out the season as interim head coach': a season spent 'as' a title describes no man, so it
is no reference to the man in view; a descriptor holding a title stays one (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.people import descriptor_spans


def _descriptors(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end, _ in descriptor_spans(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Bryce, who saw out the season as interim head coach, returns to the academy.",
        "Bryce finished the campaign as caretaker manager.",
        "He ended the 2023 season as interim boss.",
    ],
)
def test_a_season_spent_as_a_title_is_no_descriptor(sentence: str) -> None:
    assert _descriptors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "descriptor"),
    [
        ("The interim head coach will stay on the staff.", "The interim head coach"),
        ("The former Chesterfield manager was sacked in May.", "The former Chesterfield manager"),
    ],
)
def test_a_descriptor_with_a_title_is_still_read(sentence: str, descriptor: str) -> None:
    assert _descriptors(sentence) == [descriptor]


def test_the_stand_in_who_saw_out_the_season_keeps_his_own_spell() -> None:
    text = (
        "Rochdale have appointed Martin Reid as head coach. "
        "Tom Bryce, who saw out the season as interim head coach, will return to his role as under-18s coach."
    )
    keys = keys_of(text)
    assert ("Tom Bryce", "Rochdale", "first_team", "in_charge") in keys
    assert ("Martin Reid", "Rochdale", "u18", "in_charge") not in keys
