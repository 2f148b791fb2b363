"""'began his coaching career at Pennard Bay before …': a name the reference data does not know, right
after 'at' in a sentence about coaching and closing its clause, is the club he worked at, not a man; so
is one right after a coach's arrival 'from' ('Vell arrived from Kelbridge after …': small clubs are named
bare), though a one-word name after 'the' is a nickname, two plain words may be a man's name, and a goal
'came from' a man (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in run_mentions(sentence, None)]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("He started his managerial career at Pennard Bay before moving north.", "Pennard Bay"),
        ("She spent three seasons coaching at Hollin Moor, where she won the league.", "Hollin Moor"),
        ("The 44-year-old was head coach at Tarrow Heath in 2019.", "Tarrow Heath"),
        # the post a coach arrived from
        ("Vell arrived from Kelbridge after winning the regional title.", "Kelbridge"),
        ("The coach, coming from Tarvellon, signed a two-year deal.", "Tarvellon"),
        ("He joins from the Marnock Otters, whom he led to promotion.", "Marnock Otters"),
        ("Dunlevy, who moved from Brackwater in 2021, stays on.", "Brackwater"),
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
        ("He arrived from Kelbridge's staff in May.", "Kelbridge"),
        # the name does not close the clause
        ("The manager looked at Tom Pellow and smiled.", "Tom Pellow"),
        ("He moved from Brackwater as a boy.", "Brackwater"),
        # a ground, not a club of its own
        ("The coach chose to stay at Kestrel Park for another season.", None),
        # a goal or a cross comes from a man
        ("The winner came from Tolvery in the last minute.", "Tolvery"),
        # one word after 'the': a nickname, not a club's name
        ("He joins from the Gulls.", None),
        # two plain words: a man's given name and surname as often as a club's
        ("He arrived from Dario Pellicci.", "Dario Pellicci"),
    ],
)
def test_near_misses_stay_as_they_were(sentence: str, person: str | None) -> None:
    found = _kinds(sentence)
    if person is not None:
        assert ("P", person) in found
    assert not any(kind == "C" for kind, _ in found)


def test_the_club_he_arrived_from_is_the_one_he_left() -> None:
    keys = keys_of(
        "Harwick Town have appointed Dario Vell as manager. "
        "Vell arrived from Kelbridge after winning the regional title."
    )
    assert ("Dario Vell", "Kelbridge", "first_team", "left") in keys
