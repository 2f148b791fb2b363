"""The game a stand-in led dates his spell: 'took charge of Saturday's draw', 'took interim charge
of Sunday's defeat', 'was in the dugout for Tuesday's win', 'oversaw Wednesday's win' is that
weekday; a game still to come ('will take charge of Saturday's game') is no date of the news,
which is the article's (see test_dates_told_as_news.py); a weekday's game named any other way
('ahead of Saturday's game', 'after Sunday's defeat') dates nothing. Short news of our own,
published on Thursday 14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import find_dates

REF = date(2024, 3, 14)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Luke Dale took charge of Saturday's 1-1 draw at Hull City as caretaker.", date(2024, 3, 9)),
        (
            "Assistant Jack Matthews, who took interim charge of Sunday's defeat by Arsenal, stays on.",
            date(2024, 3, 10),
        ),
        ("Under-21 coach Tom Hale was in the dugout for Tuesday's win at Stoke.", date(2024, 3, 12)),
        ("Tom Hale oversaw Wednesday's 2-0 win over Hull.", date(2024, 3, 13)),
    ],
)
def test_the_game_a_stand_in_led(sentence: str, value: date) -> None:
    assert [(d.value, d.precision) for d in find_dates(sentence, REF)] == [(value, "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale spoke ahead of Saturday's game against Leeds.",
        "Tom Hale was sacked after Sunday's defeat by Arsenal.",
        "Saturday's draw left Fulham bottom of the table.",
        "Tom Hale will take charge of Saturday's game against Leeds.",
    ],
)
def test_a_weekdays_game_named_otherwise_dates_nothing(sentence: str) -> None:
    assert find_dates(sentence, REF) == []


def test_a_caretakers_one_game_dates_his_appointment() -> None:
    text = (
        "Preston have appointed Ryan Kerr as head coach. Luke Dale took charge of Saturday's 1-1 draw "
        "at Hull City as caretaker and will stay on as assistant."
    )
    got = [f for f in facts_of(text, "2024-03-14") if f["event"] == "appointed" and f["coach"] == "Luke Dale"]
    assert [(f["date"], f["date_precision"]) for f in got] == [("2024-03-09", "day")]
