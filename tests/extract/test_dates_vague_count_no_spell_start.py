"""'spent several seasons on X's staff', 'over the last several years': how many is not told, so no
spell start is counted back from the news day; a told count still is. Short news of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spell_dates(text: str) -> set[str | None]:
    return {f["date"] for f in facts_of(text, "2024-05-10") if f["event"] == "in_charge"}


@pytest.mark.parametrize(
    "text",
    [
        "Chris Wade spent several seasons on Mark Stone's staff at Hull City.",
        "Dan Cole has coached Fulham over the last several years.",
    ],
)
def test_a_vague_count_dates_no_spell(text: str) -> None:
    assert _spell_dates(text) == {None}


def test_a_told_count_still_dates_the_spell() -> None:  # near-miss
    assert _spell_dates("Dan Cole has coached Fulham over the last three years.") == {"2021-01-01"}
