"""'#FulbrookTown', '#WelcomeJoe': a capitalised word right after '#' is a hashtag (a club's account, a
campaign), never a man's name, even where its camel case splits into two words (sentences of our own)."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


@pytest.mark.parametrize(
    "sentence",
    [
        "#FulbrookTown | © 2025",
        "tickets on sale now #UpTheHarriers",
        "#WelcomeJoe",
    ],
)
def test_a_hashtag_names_nobody(sentence: str) -> None:
    assert _people(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a name written beside a hashtag, not in it, stays a name
        ("Welcome, Marco Ferri! #NewBoss", "Marco Ferri"),
        # a number sign in prose, then a space: the name after it is read
        ("He is # 1 for Marco Ferri.", "Marco Ferri"),
    ],
)
def test_names_beside_a_hashtag_stay(sentence: str, person: str) -> None:
    assert person in _people(sentence)
