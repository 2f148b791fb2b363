"""A sentence-opening adverb or participle is no part of the name after it ('Once Tom Reid
arrives', 'Following Lee Dunn's exit'), nor a person of its own ('Previously, …'); a place after
'New' ('New York', 'New Jersey') is nobody either."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions

OPENERS = ["Once", "Having", "Last", "Born", "Following", "Previously", "Meanwhile", "Earlier", "Asked"]


@pytest.mark.parametrize("opener", OPENERS)
def test_an_opener_does_not_join_the_name(opener: str) -> None:
    people = [
        m.name
        for m in run_mentions(f"{opener} Lee Dunn was named manager of Everton.", None)
        if m.kind == "P"
    ]
    assert people == ["Lee Dunn"]


@pytest.mark.parametrize("opener", OPENERS)
def test_an_opener_before_a_comma_is_nobody(opener: str) -> None:
    people = [m.name for m in run_mentions(f"{opener}, Lee Dunn was named manager.", None) if m.kind == "P"]
    assert people == ["Lee Dunn"]


@pytest.mark.parametrize(
    "sentence",
    ["He moved to New York last year.", "Born in New Jersey, he grew up in New Orleans."],
)
def test_a_place_named_new_something_is_nobody(sentence: str) -> None:
    assert not [m for m in run_mentions(sentence, None) if m.kind == "P"]


def test_clubs_named_new_something_stay_clubs() -> None:
    found = run_mentions("New England Revolution sacked Lee Dunn, and New York Red Bulls hired him.", None)
    assert [(m.kind, m.name) for m in found] == [
        ("C", "New England Revolution"),
        ("P", "Lee Dunn"),
        ("C", "New York Red Bulls"),
    ]
