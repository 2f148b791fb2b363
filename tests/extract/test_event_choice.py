"""The right event for the right coach: wordings that were read as another event (own variants)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # "released" by the club: let go (the German "entlassen"), not a departure of his own
        (
            "Hamburg hired Tim Walter in March, replacing Daniel Thioune, who was released after five "
            "straight defeats.",
            ("Daniel Thioune", "Hamburger SV", "first_team", "dismissed"),
            ("Daniel Thioune", "Hamburger SV", "first_team", "left"),
        ),
        (
            "Markus Gisdol coached Köln from 2019 to April 2021, when he was released.",
            ("Markus Gisdol", "1. FC Köln", "first_team", "dismissed"),
            None,
        ),
        # "the club separated from X" / "after the separation from X": the club's act
        (
            "Freiburg named Julian Schuster. He succeeds Christian Streich, from whom the club separated "
            "in the summer.",
            ("Christian Streich", "SC Freiburg", "first_team", "dismissed"),
            ("Christian Streich", "SC Freiburg", "first_team", "left"),
        ),
        (
            "Wolfsburg have separated from head coach Niko Kovac after a run of eight games without a win.",
            ("Niko Kovač", "VfL Wolfsburg", "first_team", "dismissed"),
            None,
        ),
        (
            "Augsburg turned to Jess Thorup in October, after the separation from Enrico Maassen.",
            ("Enrico Maassen", "FC Augsburg", "first_team", "dismissed"),
            ("Enrico Maassen", "FC Augsburg", "first_team", "left"),
        ),
        # "the resignation of X": his own going
        (
            "Valencia named Rubén Baraja on Tuesday. The post had been empty since the resignation of "
            "coach Gennaro Gattuso last week.",
            ("Gennaro Gattuso", "Valencia", "first_team", "resigned"),
            ("Gennaro Gattuso", "Valencia", "first_team", "left"),
        ),
    ],
)
def test_event_choice(text: str, expected: tuple, wrong: tuple | None) -> None:
    keys = keys_of(text)
    assert expected in keys
    if wrong:
        assert wrong not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coach's own parting stays a departure
        (
            "Montella, who separated from Adana Demirspor in June, was replaced by Patrick Kluivert.",
            ("Vincenzo Montella", "Adana Demirspor", "first_team", "left"),
        ),
        (
            "Kuntz took over Turkey in September 2021 after the separation with Senol Gunes.",
            ("Senol Gunes", "Turkey", "national", "left"),
        ),
    ],
)
def test_own_parting_stays_left(text: str, expected: tuple) -> None:
    assert expected in keys_of(text)
