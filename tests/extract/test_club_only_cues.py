"""A one-club context alias ('Fortaleza', 'Bahia', 'Colón') where only a club can
stand: played against, a spell told as 'passages', a title won with it, a national selector's club
(sentences of our own)."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import run_mentions


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in run_mentions(sentence, None)]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("The board lost patience after a 3-0 home defeat against Fortaleza.", "Fortaleza EC"),
        ("His last match in charge was against Vasco on Sunday.", "Vasco da Gama"),
        ("The Portuguese had earlier passages by Bahia and Toluca.", "EC Bahia"),
        ("He also had a passage at Astana before returning home.", "FC Astana"),
        ("In 2019 he was champion with Colón, the club's first title.", "Colón de Santa Fe"),
        ("The Uruguayan was twice champions with Tijuana.", "Club Tijuana"),
        ("He made his name with Astana and later became selector of Kazakhstan.", "FC Astana"),
    ],
)
def test_a_context_alias_where_only_a_club_stands_is_the_club(sentence: str, club: str) -> None:
    found = _kinds(sentence)
    assert ("C", club) in found
    assert all(kind != "P" or name not in club for kind, name in found)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Jorge Jesus spoke against the decision on Monday.", "Jorge Jesus"),
        ("Portugal had played against Paulo Bento's Korea in 2022.", "Paulo Bento"),
        ("He was champion with Jorge Jesus at Benfica.", "Jorge Jesus"),
    ],
)
def test_people_after_the_same_cues_stay_people(sentence: str, person: str) -> None:
    assert ("P", person) in _kinds(sentence)


def test_the_state_of_bahia_is_no_club() -> None:
    assert ("C", "EC Bahia") not in _kinds("The midfielder was born in Bahia in 1990.")
    assert ("C", "FC Astana") not in _kinds("Astana hosted the draw, and the players met the press.")
