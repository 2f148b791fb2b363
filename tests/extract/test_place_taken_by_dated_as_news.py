"""A successor told through the place he takes in the present ("His place on the bench is taken by X",
"his place has been taken by X") is today's news and takes the article's date; the past tense ("his place
was taken by X") tells nothing of when."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Oakfield Rovers have sacked Tomas Brandt. "


def _appointment_date(sentence: str) -> str | None:
    facts = facts_of(_LEAD + sentence, published="2024-03-12")
    dates = [f["date"] for f in facts if f["coach"] == "Jan Vos" and f["event"] == "appointed"]
    assert dates, facts
    return dates[0]


def test_place_on_the_bench_is_taken_by_is_dated() -> None:
    assert _appointment_date(
        "His place on the bench of the Lions is taken by Jan Vos, until now his assistant."
    ) == ("2024-03-12")


def test_place_has_been_taken_by_is_dated() -> None:
    assert _appointment_date("His place has been taken by Jan Vos.") == "2024-03-12"


def test_place_was_taken_by_stays_undated() -> None:
    assert _appointment_date("His place was taken by Jan Vos.") is None
