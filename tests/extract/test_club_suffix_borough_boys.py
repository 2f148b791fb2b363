"""'Borough' and 'Boys' close a club's name ("Nuneaton Borough", "Kozakken Boys"), never a person's: a
spell at such a club is the coach's, and the club is no coach. A name without such a word stays a
person. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize("club", ["Nuneaton Borough", "Quick Boys"])
def test_club_suffix_names_a_club(club: str) -> None:
    keys = keys_of(
        f"Heerenveen have appointed Kees Bakker. He was trainer of Heerenveen from 2018 to 2021, having made "
        f"his name with the amateurs of {club}.",
        "2024-06-20",
    )
    assert not any(k[0] == club for k in keys)


def test_near_miss_person_named_after_the_club() -> None:
    keys = keys_of(
        "Cambuur have appointed Henk de Jong. De Jong replaces Jan Boers, who left the club in May.",
        "2024-06-20",
    )
    assert ("Jan Boers", "SC Cambuur", "first_team", "left") in keys
