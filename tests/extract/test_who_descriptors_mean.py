"""Whom a descriptor ('The Portuguese', 'The 61-year-old') means, and the sentence breaks it depends on
(written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def _coaches(text: str, event: str, club: str) -> set[str]:
    return {coach for coach, c, _, e in keys_of(text) if e == event and c == club}


# --- a division's or a group's letter ends a sentence: it is no initial of a name ---------------


@pytest.mark.parametrize(
    "text",
    [
        "He led the club back to Serie A. The Italian then left.",
        "He won promotion to Série A. The Portuguese then left.",
        "They were drawn in Group B. The draw was kind.",
        "They play in League C. The coach is new.",
    ],
)
def test_a_division_letter_before_a_full_stop_ends_the_sentence(text: str) -> None:
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The club appointed John A. Smith on Monday.",
        "Coach Pedro A. Silva took over in May.",
        "Assistant Mark B. Jones was named caretaker.",
    ],
)
def test_a_middle_initial_still_does_not_end_the_sentence(text: str) -> None:
    assert len(_sentences(text)) == 1
