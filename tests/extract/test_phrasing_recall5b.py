"""Departures told as the time of a later step, written for these tests in our own words: 'took over
after the separation with X', 'named Y following their parting with coach X', 'since the split from X'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey sacked Stefan Kuntz. Kuntz, who took over in September 2021 after the separation with "
            "Şenol Güneş, had been criticised.",
            ("Şenol Güneş", "Turkey", "national", "left"),
        ),
        (
            "Fenerbahce sacked Jorge Jesus. Jesus, who took over in 2022 after the amicable split with "
            "Vitor Pereira, had struggled.",
            ("Vitor Pereira", "Fenerbahçe", "first_team", "left"),
        ),
        (
            "Sevilla named Diego Alonso in October following their parting with coach Jorge Sampaoli.",
            ("Jorge Sampaoli", "Sevilla", "first_team", "left"),
        ),
    ],
)
def test_parting_told_as_a_time(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_split_without_a_person_tells_nothing() -> None:
    text = "Sevilla named Diego Alonso in October following the split with their kit sponsor."
    assert not any(k[3] == "left" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plymouth sacked Wayne Rooney. His assistant Simon Ireland will depart alongside him.",
            ("Simon Ireland", "Plymouth Argyle", "first_team", "left"),
        ),
        (
            "Hull parted with Liam Rosenior. Coach Justin Walker is also leaving with Rosenior.",
            ("Justin Walker", "Hull City", "first_team", "left"),
        ),
    ],
)
def test_staff_leaving_with_the_coach(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)
