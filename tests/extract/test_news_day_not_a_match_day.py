"""The news's day is the first day the lead tells, but not the day of a game it mentions: 'X have
sacked Y. The decision comes after a 3-0 defeat to Z on Saturday' happened on the article's day; a day
the lead gives the news itself ('announced the decision on Monday') still dates it."""

from __future__ import annotations

from extract_helpers import facts_of

PUBLISHED = "2026-06-03"  # a Wednesday


def _sacking_date(text: str) -> str | None:
    dates = {
        f["date"]
        for f in facts_of(text, PUBLISHED)
        if f["coach"] == "Nils Dahl" and f["event"] == "dismissed"
    }
    assert len(dates) == 1
    return dates.pop()


def test_a_game_day_in_the_lead_is_not_the_news_day() -> None:
    text = "Real Oviedo have sacked Nils Dahl. The decision follows a 3-0 defeat at Eibar on Saturday."
    assert _sacking_date(text) == PUBLISHED


def test_a_result_told_with_its_day_is_not_the_news_day() -> None:
    text = (
        "Real Oviedo have sacked Nils Dahl. Oviedo lost 2-0 to Eibar on Sunday, their fifth defeat in a row."
    )
    assert _sacking_date(text) == PUBLISHED


def test_the_day_the_lead_gives_the_news_still_dates_it() -> None:
    text = "Real Oviedo have sacked Nils Dahl. The club told him on Monday, after a 3-0 defeat on Saturday."
    assert _sacking_date(text) == "2026-06-01"
