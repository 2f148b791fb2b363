"""The man as the subject of a parting: "X parted ways with C in August", "Y replaces X, who parted company
with the club in December" (left; "C parted ways with X" stays a sacking, read elsewhere). Not a parting
with a person. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lars Lund parted ways with Hammarby last month.", id="parted_ways_with_club"),
        pytest.param(
            "Hammarby have named Jonas Berg as head coach. Berg replaces Lars Lund, who parted company with "
            "the club in December.",
            id="who_parted_company_with_the_club",
        ),
    ],
)
def test_he_parted_with_the_club(text: str) -> None:
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") in keys_of(text)


def test_club_parting_with_him_stays_a_sacking() -> None:
    keys = keys_of("Hammarby parted ways with Lars Lund in December.")
    assert ("Lars Lund", "Hammarby IF", "first_team", "dismissed") in keys


def test_parting_with_a_person_is_no_exit() -> None:
    keys = keys_of("Hammarby coach Lars Lund parted ways with his agent Per Olsson in December.")
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Malmö FF have named Lars Lund as head coach. Lund parted ways with Hammarby striker Per Olsson.",
        "Malmö FF have named Lars Lund as head coach. Lund parted company with Hammarby's kit man Per Olsson "
        "last year.",
    ],
)
def test_a_club_before_another_mans_title_is_not_the_club_left(text: str) -> None:
    # near-miss: the club names the other man's post ("Hammarby striker Y"), not a club Lund left
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") not in keys_of(text)
