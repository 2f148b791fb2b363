"""'Harbour City Mariners', 'Kelso United Ladies': a run of three words or more with a club word inside
('City', 'United', 'FC', 'Rovers' …) is a club the reference may not know, never a man (sentences of our
own)."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in run_mentions(sentence, None)]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Harbour City Mariners refused to release their coach.", "Harbour City Mariners"),
        ("She left Kelso United Ladies in the summer.", "Kelso United Ladies"),
        ("He spent a season with Dunmore Athletic Stars before retiring.", "Dunmore Athletic Stars"),
    ],
)
def test_a_club_word_inside_a_run_makes_a_club(sentence: str, club: str) -> None:
    found = _kinds(sentence)
    assert ("C", club) in found
    assert not any(kind == "P" for kind, _ in found)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a name word that only starts like a club word ('Rovira', not 'Rovers')
        ("Coach Luis Alberto Rovira praised the players.", "Luis Alberto Rovira"),
        # no club word inside the name
        ("Maria Clara Santos signed a new deal.", "Maria Clara Santos"),
    ],
)
def test_names_without_an_inner_club_word_stay_people(sentence: str, person: str) -> None:
    assert ("P", person) in _kinds(sentence)
