"""Aides the new man 'will be assisted by', told with who they are: 'by the former C midfielder B', 'by A,
who worked under him at C, and former C defender B', 'by A, his assistant since the C days, and by the
Italian B' are each appointed at his club; a clause of its own after the list ('while B stays') is not
part of it."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Real Oviedo have appointed Tomas Berg as head coach on a two-year deal. "


@pytest.mark.parametrize(
    ("tail", "aides"),
    [
        ("The former Malmo coach will be assisted by the former Getafe midfielder Ugo Sala.", ["Ugo Sala"]),
        (
            "Berg will be assisted by Anders Lund, who also worked under him at Malmo, and former Getafe "
            "defender Ugo Sala.",
            ["Anders Lund", "Ugo Sala"],
        ),
        (
            "Berg will be seconded by Anders Lund, his assistant since the days at Malmo, and by the Italian "
            "Ugo Sala.",
            ["Anders Lund", "Ugo Sala"],
        ),
    ],
)
def test_described_aides_are_appointed_with_him(tail: str, aides: list[str]) -> None:
    keys = keys_of(LEAD + tail)
    for aide in aides:
        assert (aide, "Real Oviedo", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "tail",
    [
        "Berg will be assisted by Anders Lund, while former Getafe defender Ugo Sala stays at Malmo.",
        "Berg will be assisted by Anders Lund, his assistant since the Malmo days, with Ugo Sala watching.",
    ],
)
def test_a_man_in_another_clause_is_no_aide(tail: str) -> None:
    keys = keys_of(LEAD + tail)
    assert ("Anders Lund", "Real Oviedo", "first_team", "appointed") in keys
    assert not any(k[0] == "Ugo Sala" and k[3] == "appointed" for k in keys)
