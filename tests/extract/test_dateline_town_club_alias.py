"""A wire dateline's town tells which club a short, shared name is ("MONTEVIDEO – Nacional have sacked
…" is Club Nacional de Football, as a town's paper writes its own clubs' short names); another town, or
a name no club of the town wears, changes nothing. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Nacional have sacked coach Diego Suárez after three defeats in a row."


@pytest.mark.parametrize("dateline", ["MONTEVIDEO – ", "MONTEVIDEO, Aug 4 (Reuters) - "])
def test_dateline_town_makes_the_short_name_its_club(dateline: str) -> None:
    keys = keys_of(dateline + _NEWS, "2024-08-05")
    assert ("Diego Suárez", "Club Nacional de Football", "first_team", "dismissed") in keys


@pytest.mark.parametrize("dateline", ["", "LIMA – "])
def test_without_its_town_the_short_name_is_not_montevideos(dateline: str) -> None:
    keys = keys_of(dateline + _NEWS, "2024-08-05")
    assert not any(club == "Club Nacional de Football" for _, club, _, _ in keys)


def test_a_name_no_club_of_the_town_wears_is_unchanged() -> None:
    keys = keys_of("MONTEVIDEO – United have sacked coach Diego Suárez.", "2024-08-05")
    assert not any(club in ("Club Nacional de Football", "Peñarol") for _, club, _, _ in keys)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "MANCHESTER, England, Jan 9 (Reuters) - Hull City have sacked Tom Barnes. "
            "City said Barnes left by mutual consent.",
            "Hull City",
        ),
        (
            "MANCHESTER, Jan 9 (Reuters) - Hyde United have appointed Tom Barnes as manager. "
            "Barnes had been in charge at United since June as caretaker.",
            "Hyde United",
        ),
    ],
)
def test_an_alias_inside_another_clubs_full_name_is_not_the_towns_club(text: str, named: str) -> None:
    """'City' in 'Hull City' is that club's word: it does not make a Manchester club known."""
    keys = keys_of(text, "2024-01-10")
    assert not any(club.startswith("Manchester") for _, club, _, _ in keys)
    assert any(club == named for _, club, _, _ in keys)
