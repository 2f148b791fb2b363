"""A change told in an 'after' clause that gives its own date takes that date, not the main clause's
before it ('took over on April 29 after the contract of Y expired in February': Y left in February);
with no date of its own it keeps the main clause's ('appointed in June after Y was fired': June), and
a count from the main clause's day ('four weeks after Y left') is no such clause."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-06-15"


def _dates_of(text: str, coach: str) -> set[str | None]:
    return {f["date"] for f in facts_of(text, PUBLISHED) if f["coach"] == coach}


@pytest.mark.parametrize(
    ("text", "coach", "month"),
    [
        (
            "Harlow Rovers: Dean Foley, 51, took over on May 3 after the contract of Englishman Colin "
            "Marsh ran out following the FA Cup final in February.",
            "Colin Marsh",
            "2024-02",
        ),
        (
            "Brentwick Town: Pete Lowry, 47, started on 2 March after the contract of Welshman Ray Hinds "
            "expired at the end of the Asian Cup in January.",
            "Ray Hinds",
            "2024-01",
        ),
        (
            "Dean Foley was named coach of Harlow Rovers on 3 May after the deal of Colin Marsh ran out at "
            "the end of the campaign in March.",
            "Colin Marsh",
            "2024-03",
        ),
    ],
)
def test_the_after_clause_date(text: str, coach: str, month: str) -> None:
    assert {(d or "")[:7] for d in _dates_of(text, coach)} == {month}


@pytest.mark.parametrize(
    ("text", "coach", "month"),
    [
        (
            "Dean Foley had been elevated to interim head coach of Harlow Rovers in June 2023 after Colin "
            "Marsh was fired, and was given the job on a permanent basis before the 2024 campaign.",
            "Colin Marsh",
            "2023-06",
        ),
        (
            "Dean Foley was unveiled by Harlow Rovers on Tuesday, four weeks after Colin Marsh left the "
            "club by mutual consent at the end of the season.",
            "Colin Marsh",
            "2024-05",
        ),
    ],
)
def test_the_main_clause_date_kept(text: str, coach: str, month: str) -> None:
    assert {(d or "")[:7] for d in _dates_of(text, coach)} == {month}
