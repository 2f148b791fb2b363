"""A past approach, talk or link told with the year, season or month right after its words ('C
approached X last summer', 'X was sounded out by C last year', 'X was a candidate for the C job in
2021') is dated so, and a refusal told after that time in the same sentence ('…, but he chose to stay')
too. A date of something else in an aside ('X, who won the cup with D in 2019, has been linked with the
C job') dates no rumour. Sentences of our own, published 12 March 2024."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Kilmarnock have appointed Owen Pryce. "


def _dates(sentence: str) -> dict[str, str | None]:
    return {
        f["event"]: f["date"]
        for f in facts_of(_LEAD + sentence)
        if f["coach"] == "Gary Lunn" and f["club"] == "Motherwell"
    }


@pytest.mark.parametrize(
    ("sentence", "events", "start"),
    [
        (
            "Motherwell approached Gary Lunn in the summer, but he chose to stay.",
            ("offer", "offer_declined"),
            "2023-07-01",
        ),
        (
            "Gary Lunn was sounded out by Motherwell last year but opted to stay.",
            ("offer", "offer_declined"),
            "2023-01-01",
        ),
        ("Gary Lunn was a candidate for the Motherwell job in 2021.", ("linked",), "2021-01-01"),
    ],
)
def test_a_past_approach_and_its_refusal_take_its_time(
    sentence: str, events: tuple[str, ...], start: str
) -> None:
    dates = _dates(sentence)
    assert {event: dates.get(event) for event in events} == dict.fromkeys(events, start)


def test_a_date_in_an_aside_dates_no_rumour() -> None:
    sentence = "Gary Lunn, who won the cup with Dundee in 2019, has been linked with the Motherwell job."
    assert _dates(sentence) == {"linked": None}
