"""A spell's start told in passing with other words for "arrived": "X had come in the summer of 2022",
"He had arrived there in 2016" (the place as "there"). Not "came in for criticism in March", nor "came in
second": no arrival."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Benfica have sacked head coach Tomas Weber. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber had come in the summer of 2022 from Basel and won the title in his first season.",
        "The German came in January 2023 and finished third.",
        "He had arrived there in the summer of 2022.",
    ],
)
def test_arrival_in_other_words_is_his_appointment(sentence: str) -> None:
    assert ("Tomas Weber", "Benfica", "first_team", "appointed") in keys_of(_SACKED + sentence, "2024-09-02")


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber had come in for criticism in March after the cup exit.",
        "Weber came in second in the 2023 coach of the year vote.",
    ],
)
def test_came_in_without_a_start_is_no_appointment(sentence: str) -> None:
    assert ("Tomas Weber", "Benfica", "first_team", "appointed") not in keys_of(
        _SACKED + sentence, "2024-09-02"
    )
