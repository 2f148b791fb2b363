"""'began his coaching career at Pennard Bay before …': a name the reference data does not know, right
after 'at' in a sentence about coaching and closing its clause, is the club he worked at, not a man
(sentences of our own)."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in run_mentions(sentence, None)]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("He started his managerial career at Pennard Bay before moving north.", "Pennard Bay"),
        ("She spent three seasons coaching at Hollin Moor, where she won the league.", "Hollin Moor"),
        ("The 44-year-old was head coach at Tarrow Heath in 2019.", "Tarrow Heath"),
    ],
)
def test_an_unknown_name_after_at_is_a_club(sentence: str, club: str) -> None:
    found = _kinds(sentence)
    assert ("C", club) in found
    assert not any(kind == "P" and name == club for kind, name in found)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # no coaching word in the sentence: 'at' may be anything
        ("The fans were angry at Tom Pellow after the match.", "Tom Pellow"),
        # his team, told by its owner
        ("He was an assistant at Gareth Noble's side for two years.", "Gareth Noble"),
        # the name does not close the clause
        ("The manager looked at Tom Pellow and smiled.", "Tom Pellow"),
        # a ground, not a club of its own
        ("The coach chose to stay at Kestrel Park for another season.", None),
    ],
)
def test_near_misses_stay_as_they_were(sentence: str, person: str | None) -> None:
    found = _kinds(sentence)
    if person is not None:
        assert ("P", person) in found
    assert not any(kind == "C" for kind, _ in found)
