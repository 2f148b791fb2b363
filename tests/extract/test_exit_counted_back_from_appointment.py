"""'C have appointed Y, a week after X left for D': X's exit is dated so long before the news (the
appointment's day), not on the appointment's own day. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_PUBLISHED = "2024-03-12"


def _dates(text: str) -> dict[tuple[str, str, str], str | None]:
    return {(f["coach"], f["club"], f["event"]): f["date"] for f in facts_of(text, _PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "exit_day"),
    [
        (
            "Hearts have appointed Tom Baker as manager, a week after Ray Dale left for Norwich City.",
            "2024-03-05",
        ),
        (
            "Hearts named Tom Baker head coach, four days after Ray Dale left the club for Norwich City.",
            "2024-03-08",
        ),
        ("Hearts appointed Tom Baker on Monday, a week after Ray Dale left for Norwich City.", "2024-03-04"),
    ],
)
def test_an_exit_counted_back_from_the_appointment(text: str, exit_day: str) -> None:
    dates = _dates(text)
    assert dates[("Ray Dale", "Heart of Midlothian", "left")] == exit_day


def test_a_count_before_no_exit_dates_nothing_of_his() -> None:
    dates = _dates(
        "Hearts have appointed Tom Baker as manager, a week after Ray Dale was spotted at Norwich City."
    )
    assert dates == {("Tom Baker", "Heart of Midlothian", "appointed"): _PUBLISHED}
