"""The man a new coach replaced has left: introduced by his nationality ('replaces Serbian X', 'takes
over from Turkish tactician X'), or named where an earlier arrival is told ('arrived in the summer … to
replace X', 'came in last year to succeed X')."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uganda have named Paul Put as coach. Put, 67, replaces Serbian Milutin Sredojevic, whose spell "
            "ended in March.",
            ("Milutin Sredojevic", "Uganda", "left"),
        ),
        (
            "Zambia named Avram Kohn as coach. He takes over from Turkish tactician Emre Yildiz, who "
            "split from the federation in the spring.",
            ("Emre Yildiz", "Zambia", "left"),
        ),
        (
            "Ghana have appointed Otto Addo as coach. Addo succeeds Portuguese coach Carlos Queiroz.",
            ("Carlos Queiroz", "Ghana", "left"),
        ),
        (
            "Mali named Tom Saintfiet as head coach, replacing French Eric Chelle.",
            ("Eric Chelle", "Mali", "left"),
        ),
    ],
)
def test_replaced_man_introduced_by_nationality(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize(
    ("text", "replaced", "club"),
    [
        (
            "Reims sacked Marc Dufour. Dufour only arrived in June from Le Havre, whom he had kept up in "
            "Ligue 1 after winning them promotion, to replace Yann Petit, who moved on to Lens.",
            "Yann Petit",
            "Stade de Reims",
        ),
        (
            "Tigres parted ways with Dario Milic. Milic arrived in Monterrey in January 2023 to replace "
            "Hugo Salas and got as far as the quarterfinals.",
            "Hugo Salas",
            "Tigres UANL",
        ),
        (
            "Lyon dismissed Pierre Sage. Sage came in last year from the academy to succeed Fabio Grosso.",
            "Fabio Grosso",
            "Lyon",
        ),
    ],
)
def test_the_man_an_arrival_replaced_left(text, replaced, club):
    assert (replaced, club, "left") in events_of(text)
