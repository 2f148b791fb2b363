"""A club told by its town or region ('arrived in Rotterdam', 'a spell in Yokohama', 'arrived in
Catalonia'): the one club of the article from there. A town two named clubs share, a town the
sentence's own club already names, and 'born in' name no club."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

from pipeline.extract.coreference import first_pass, sentence_mentions


def _facts(text: str, coach: str) -> set[tuple[str, str]]:
    return {(f["club"], f["event"]) for f in facts_of(text) if f["coach"] == coach}


@pytest.mark.parametrize(
    ("text", "coach", "fact"),
    [
        (
            "Feyenoord have sacked Jonas Holm. The Dane arrived in Rotterdam in June from Midtjylland "
            "to succeed Kees Jansen.",
            "Jonas Holm",
            ("Feyenoord", "appointed"),
        ),
        (
            "Tigres UANL have parted ways with Mario Ortega. Ortega arrived in Monterrey in January 2023 "
            "to replace Luis Ramos.",
            "Luis Ramos",
            ("Tigres UANL", "left"),
        ),
        (
            "Shanghai Port have appointed Kevin Muscat, who spent two years at Yokohama F. Marinos. He "
            "replaced Ange Postecoglou in Yokohama in 2021 before moving to China.",
            "Ange Postecoglou",
            ("Yokohama F. Marinos", "left"),
        ),
    ],
)
def test_town_stands_for_the_article_club(text, coach, fact):
    assert fact in _facts(text, coach)


def _town_clubs(sentences: list[str]) -> list[str]:
    ctx, first = first_pass(sentences)
    ctx.people.cursor = len(sentences) - 1
    found = sentence_mentions(sentences[-1], ctx, first[-1])
    return [m.name for m in found if m.kind == "C" and m.text in ("Glasgow", "Lisbon", "Munich")]


def test_town_of_two_named_clubs_names_neither():
    sentences = ["Rangers have sacked Philippe Clement.", "Celtic lost.", "He had won two titles in Glasgow."]
    assert _town_clubs(sentences) == []


def test_town_of_one_named_club_is_that_club():
    sentences = ["Bayern Munich have sacked Thomas Tuchel.", "He spent two seasons in Munich after Chelsea."]
    assert _town_clubs(sentences) == ["Bayern Munich"]


def test_town_of_the_sentence_own_club_is_where():
    sentences = [
        "Sporting CP face a search.",
        "Over in Lisbon, Joao Pereira of Sporting CP is tipped for the job.",
    ]
    assert _town_clubs(sentences) == []


def test_born_in_town_is_no_club():
    text = (
        "Celtic have appointed Brendan Rodgers. Rodgers, born in Glasgow in 1973, joined from Leicester City."
    )
    clubs = {club for club, _ in _facts(text, "Brendan Rodgers")}
    assert clubs <= {"Celtic", "Leicester City"}


def test_seville_alone_is_the_named_club_of_the_town():
    text = (
        "Real Betis have sacked Rubi. Rubi arrived in Seville in the summer of 2019 to replace Quique Setién."
    )
    assert ("Real Betis", "left") in _facts(text, "Quique Setién")
    assert "Sevilla" not in {club for club, _ in _facts(text, "Quique Setién")}


def test_region_stands_for_its_one_named_club():
    text = (
        "Girona have named Michel head coach. Michel arrived in Catalonia in 2021 to replace "
        "Francisco Rodriguez."
    )
    assert ("Girona", "left") in _facts(text, "Francisco Rodriguez")
