"""One spell told twice: a start the text tells ('has been in charge of Slovakia since August 2022')
dates it over a news day read for it elsewhere ('appointed Slovakia coach X on Monday'); a told month
or year stays ('took over in January 2011' is not replaced by the 'since 1985' of a first spell), and
a second reading of the day does not move a told start."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import DateMention
from pipeline.extract.facts import Fact
from pipeline.extract.postprocess import _dedupe


def _spell(sentence: int, when: date, precision: str, kind: str) -> Fact:
    told = DateMention(0, 1, when, precision, kind)
    return Fact("Dean Foley", "Slovakia", "national", "head_coach", "in_charge", 0.9, sentence, 0, date=told)


def _kept(*facts: Fact) -> DateMention:
    (spell,) = _dedupe(list(facts))
    return spell.date


def test_a_told_start_over_a_news_day() -> None:
    got = _kept(_spell(1, date(2024, 2, 19), "day", "point"), _spell(2, date(2022, 8, 1), "month", "since"))
    assert (got.value, got.precision) == (date(2022, 8, 1), "month")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((date(2011, 1, 1), "month", "point"), (date(1985, 1, 1), "year", "since")),
        ((date(2022, 8, 1), "month", "since"), (date(2024, 2, 19), "day", "point")),
    ],
)
def test_a_told_month_or_start_stays(first: tuple, second: tuple) -> None:
    assert _kept(_spell(1, *first), _spell(2, *second)).value == first[0]
