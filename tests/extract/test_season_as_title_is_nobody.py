"""'who saw out the season as interim head coach', 'who finished the year as interim manager', 'through
the play-offs as caretaker boss': a stretch of time spent 'as' a title describes no man, so it is no
reference to the man in view; a descriptor holding a title stays one (sentences of our own)."""

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
        "Kirk, who finished the year as interim manager, goes back to the academy.",
        "He took the team through the play-offs as caretaker boss.",
        "Kirk steered them through the run-in as caretaker manager.",
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


@pytest.mark.parametrize(
    "stint",
    [
        "guided the side through the run-in as caretaker boss",
        "finished the year as interim manager",
        "took the team through the play-offs as caretaker boss",
    ],
)
def test_the_new_manager_gets_no_post_of_the_stand_in(stint: str) -> None:
    text = (
        "Carlisle United have named Dean Ashworth as their new manager. "
        f"Paul Kirk, who {stint}, goes back to coaching the club's under-21s."
    )
    keys = keys_of(text)
    assert {k for k in keys if k[0] == "Dean Ashworth"} == {
        ("Dean Ashworth", "Carlisle United", "first_team", "appointed")
    }
    assert any(k[0] == "Paul Kirk" for k in keys)
