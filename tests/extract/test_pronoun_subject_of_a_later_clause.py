"""'The first came in 2019, weeks after she had taken over C following the dismissal of Y. She …': a
'he' or 'she' after 'after' is the subject of a clause of its own, not an object, so it (not the man of
the phrase after it) is whom the next sentence's pronoun goes on about (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import read_as

STORY = (
    "{name} won {his} third league title with Linz on Sunday. "
    "The first came in 2019, only weeks after {he} had taken over the club following the dismissal of "
    "Tom Reyes. {He_} had been a youth coach there since 2015."
)


@pytest.mark.parametrize(("name", "his", "he"), [("Jan Novak", "his", "he"), ("Anna Kovac", "her", "she")])
def test_a_pronoun_after_after_keeps_its_man_in_view(name: str, his: str, he: str, monkeypatch) -> None:
    text = STORY.format(name=name, his=his, he=he, He_=he.capitalize())
    assert read_as(text, he.capitalize(), monkeypatch)[-1] == name


def test_a_named_subject_before_it_stays_the_man_in_view(monkeypatch) -> None:
    text = (
        "Jan Novak was named at Linz only weeks after he had left Graz following the dismissal of "
        "Tom Reyes. He had been a youth coach there since 2015."
    )
    assert read_as(text, "He", monkeypatch)[-1] == "Jan Novak"
