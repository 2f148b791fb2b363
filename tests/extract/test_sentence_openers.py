"""A sentence-opening adverb or participle is no part of the name after it ('Once Tom Reid
arrives', 'Following Lee Dunn's exit'), nor a person of its own ('Previously, …')."""

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
