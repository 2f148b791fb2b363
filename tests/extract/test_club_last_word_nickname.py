"""A club called by the last word of its name ('the Mariners' of Central Coast Mariners, 'the Royals' of
Utah Royals) where another club wears that word as its nickname (Grimsby Town, Reading): the article's
own club is meant; with that club unnamed, the nickname's usual owner (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Central Coast Mariners have named Peter Lane as head coach. "
            "The Mariners sacked Tom Reed in March.",
            ("Tom Reed", "Central Coast Mariners", "first_team", "dismissed"),
        ),
        (
            "Peter Lane is the new head coach of the Central Coast Mariners. He replaces Tom Reed, who was "
            "sacked by the Mariners in May.",
            ("Tom Reed", "Central Coast Mariners", "first_team", "dismissed"),
        ),
        (
            "Central Coast Mariners have appointed Peter Lane as head coach. "
            "The Mariners have also hired Sam Ward as assistant coach.",
            ("Sam Ward", "Central Coast Mariners", "first_team", "appointed"),
        ),
        (
            "Utah Royals have appointed Anna Ford as head coach. The Royals dismissed Kate Moss last month.",
            ("Kate Moss", "Utah Royals", "women", "dismissed"),
        ),
    ],
)
def test_last_word_of_the_article_s_club(text: str, fact: tuple[str, str, str, str]) -> None:
    keys = keys_of(text)
    assert fact in keys
    assert not any(k[1] in ("Grimsby Town", "Reading") for k in keys)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the nickname's usual owner, named or not
        (
            "Grimsby Town have named Peter Lane as manager. The Mariners sacked Tom Reed in March.",
            ("Tom Reed", "Grimsby Town", "first_team", "dismissed"),
        ),
        (
            "The Mariners have sacked manager Tom Reed after a 4-0 defeat.",
            ("Tom Reed", "Grimsby Town", "first_team", "dismissed"),
        ),
    ],
)
def test_nickname_owner_without_the_namesake(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in keys_of(text)
