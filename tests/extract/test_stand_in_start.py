"""A caretaker's appointment with no date of its own happened when the man before him left, told in the
same sentence or the one just before ("Y was dismissed in September. X then took over as interim")."""

from __future__ import annotations

from extract_helpers import facts_of


def _caretaker_dates(text: str) -> list[str | None]:
    return [
        f["date"]
        for f in facts_of(text, "2023-11-20")
        if (f["coach"], f["role"], f["event"]) == ("Ian Platt", "caretaker", "appointed")
    ]


def test_stand_in_takes_the_exit_date_just_told() -> None:
    text = "Hull City sacked Ben Moore in September. Ian Platt, his assistant, then took over as interim."
    assert _caretaker_dates(text) == ["2023-09-01"]


def test_an_exit_told_far_before_does_not_date_him() -> None:
    text = (
        "Hull City sacked Ben Moore in September. The club sat 20th in the table. Supporters protested at "
        "the ground. Ian Platt, his assistant, then took over as interim."
    )
    assert _caretaker_dates(text) == [None]
