"""A spell whose length is told on a man leaving now, in a relative clause on his name ('…, who
leaves after two seasons', '…, who will not continue after three years'), began that long before the
article's date; a departure told in the past with no date ('…, who left after two seasons') dates
nothing, and a length told of another man's spell dates no one else."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUB = "2023-05-30"  # late in the 2022-23 season


def _spell_dates(text: str, coach: str) -> list[tuple]:
    return [
        (f["date"], f["date_precision"])
        for f in facts_of(text, PUB)
        if f["event"] == "in_charge" and f["coach"] == coach
    ]


@pytest.mark.parametrize(
    ("tail", "start"),
    [
        ("who leaves after two seasons.", ("2021-07-01", "season")),
        ("who departs for a post abroad after three seasons.", ("2020-07-01", "season")),
        ("who will not continue after four years.", ("2019-01-01", "year")),
    ],
)
def test_length_counted_back_from_a_departure_told_as_now(tail: str, start: tuple) -> None:
    text = (
        "Marlow Athletic have named Piet Vandersloot as their new head coach. "
        f"Vandersloot takes the place of Gareth Pennock, {tail}"
    )
    assert start in [(str(d)[:10] if d else None, p) for d, p in _spell_dates(text, "Gareth Pennock")]


@pytest.mark.parametrize(
    "tail",
    [
        "who left after two seasons.",  # a past exit with no date: when is not told
        "who was sacked after three seasons.",
    ],
)
def test_length_of_a_past_undated_departure_dates_nothing(tail: str) -> None:
    text = (
        "Marlow Athletic have named Piet Vandersloot as their new head coach. "
        f"Vandersloot takes the place of Gareth Pennock, {tail}"
    )
    assert all(d is None for d, _ in _spell_dates(text, "Gareth Pennock"))
