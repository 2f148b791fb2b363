"""A change told in the clause a date opens is dated by it, even inside an aside: 'X, who had run the
side as interim since March, when Y was sacked, …', 'X had been in temporary charge since May after
the firing of Y'. Not a change told in a later sentence. Sentences of our own, published 12 March 2024."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Motherwell have appointed Owen Pryce as head coach. "


def _sacking_dates(text: str) -> list[str | None]:
    return [
        f["date"] for f in facts_of(_LEAD + text) if f["coach"] == "Gary Lunn" and f["event"] == "dismissed"
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Neil Rudd, who had run the side as interim since January, when Gary Lunn was sacked, "
            "goes back to the under-18s.",
            "2024-01-01",
        ),
        (
            "Pryce replaces Neil Rudd, who had been in temporary charge since October "
            "after the sacking of Gary Lunn.",
            "2023-10-01",
        ),
    ],
)
def test_a_sacking_told_in_the_clause_a_date_opens(text: str, day: str) -> None:
    assert _sacking_dates(text) == [day]


def test_a_sacking_told_in_the_next_sentence_is_not_dated_by_it() -> None:
    text = "Neil Rudd had run the side as interim since January. Gary Lunn was sacked after a poor run."
    assert "2024-01-01" not in _sacking_dates(text)
