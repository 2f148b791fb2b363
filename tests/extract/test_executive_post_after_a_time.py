"""An appointment whose post, named after when it happened, is an executive's gives no coach's appointment:
'Tom Hale, hired last month as sporting director, completed his review' and 'Tom Hale, appointed in May as
sporting director, will lead the search' appoint no coach, as 'appointed as sporting director' already
did. A club's 'technical director' named so is its coach in translation ('was confirmed this Monday as
the new technical director of Hull City'), and a coach's title after the time is read as before
('appointed on Monday as head coach'). Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_SACKED = "Carrick Town have sacked head coach Dario Fenwick. "


def _appointed(text: str) -> set[str]:
    return {coach for coach, _, _, event in keys_of(text, "2024-05-02") if event == "appointed"}


def test_hired_last_month_as_sporting_director() -> None:
    text = (
        _SACKED
        + "The move came days after Tom Hale, hired last month as sporting director, completed a review."
    )
    assert _appointed(text) == set()


def test_appointed_in_may_as_sporting_director() -> None:
    text = _SACKED + "Tom Hale, appointed in May as sporting director, will lead the search."
    assert _appointed(text) == set()


def test_technical_director_of_a_club_after_the_day() -> None:
    text = "The Uruguayan Tomas Reyes was confirmed this Monday as the new technical director of Hull City."
    assert _appointed(text) == {"Tomas Reyes"}


def test_head_coach_after_the_day() -> None:
    assert _appointed("Carrick Town have appointed Tom Hale on Monday as head coach.") == {"Tom Hale"}
