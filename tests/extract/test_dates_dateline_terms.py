"""A wire dateline with no year ('DOHA, Oct 8 (Reuters) -') takes the latest year the story tells as
past; a tournament a contract runs to ('until the 2027 Asian Cup', 'through the 2026 World Cup') is a
term still to come and does not count."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import article_date
from pipeline.records import Article

PAST = " His predecessor had been appointed in January 2023."


@pytest.mark.parametrize(
    "term",
    [
        "on a deal until the 2027 Asian Cup",
        "with a contract running until the 2027 Asian Cup",
        "on a contract through the 2027 Asian Cup",
        "until the end of the 2027 Asian Cup",
    ],
)
def test_a_term_to_a_tournament_does_not_date_the_dateline(term: str) -> None:
    text = f"DOHA, Oct 8 (Reuters) - The federation on Monday named Carlos Vela as coach {term}.{PAST}"
    assert article_date(Article(id="a", text=text)) == date(2024, 10, 8)


@pytest.mark.parametrize(
    "told",
    [
        "He led Qatar at the 2027 Asian Cup.",  # a tournament played: the story's latest year
        "He won the 2027 Asian Cup with Qatar.",
    ],
)
def test_a_tournament_told_as_past_still_dates_the_dateline(told: str) -> None:
    text = f"DOHA, Oct 8 (Reuters) - The federation on Monday named Carlos Vela as coach. {told}"
    assert article_date(Article(id="a", text=text)) == date(2029, 10, 8)
