"""A past spell dated by the year, season or month that opens its sentence: 'Last season he was
assistant at C', 'In 2019, X coached C', 'Back in 2015, X managed C'. Not a date kept apart by a clause
('In 2019 he won the cup, and he coached C'), nor a title's current post ('Last season, C boss X …').
Sentences of our own, published 12 March 2024."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Kilmarnock have named Owen Pryce as their new manager. "


def _spell_dates(sentence: str, coach: str = "Owen Pryce") -> list[str | None]:
    return [
        f["date"]
        for f in facts_of(_LEAD + sentence)
        if f["coach"] == coach and f["club"] == "Ross County" and f["event"] == "in_charge"
    ]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Last season he was assistant at Ross County.", "2022-07-01"),
        ("In 2019, Pryce was in charge of Ross County.", "2019-01-01"),
        ("Back in 2015, Pryce managed Ross County for six months.", "2015-01-01"),
    ],
)
def test_a_date_opening_the_sentence_dates_the_spell(sentence: str, start: str) -> None:
    assert _spell_dates(sentence) == [start]


def test_a_date_kept_apart_by_a_clause_is_not_the_spells() -> None:
    assert _spell_dates("In 2019 he won the Scottish Cup, and he later coached Ross County.") == [None]


def test_a_date_of_an_end_or_of_a_change_is_not_the_spells() -> None:
    assert _spell_dates("At the end of last season Pryce saved Ross County from relegation.") == [None]
    assert _spell_dates("Earlier this month Pryce left Ross County, with whom he won the cup in 2021.") == [
        None
    ]


def test_a_title_of_a_current_post_takes_no_fronted_date() -> None:
    sentence = "Last season, Ross County boss Gary Lunn finished fifth."
    assert _spell_dates(sentence, "Gary Lunn") in ([], [None])
