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
            "Kenya named Benni McCarthy as coach. He takes over from Turkish tactician Engin Firat, who "
            "parted ways with the federation last year.",
            ("Engin Firat", "Kenya", "left"),
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
            "Reims sacked Luka Elsner. Elsner only arrived in the summer from Le Havre, whom he had kept in "
            "Ligue 1 after leading them to promotion, to replace Will Still, who moved to Lens.",
            "Will Still",
            "Stade de Reims",
        ),
        (
            "Tigres parted ways with Veljko Paunovic. Paunovic arrived in Monterrey in June 2024 to replace "
            "Robert Dante Siboldi and reached the semifinals.",
            "Robert Dante Siboldi",
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
