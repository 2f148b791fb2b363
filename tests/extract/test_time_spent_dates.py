"""A length a man spent at a post, counted back from the article's date: "has spent the last four
seasons in charge of C's under-21s" dates his spell (told from January to June, the season under way
is one of them); the man he spent it beside ("as assistant to Y", "on Y's staff") is not dated by it.
Sentences of our own; the article is dated 12 March 2024 unless told."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Burnley have appointed Tomas Lind as head coach. "


def _spell_dates(text: str, coach: str, published: str = "2024-03-12") -> set[str | None]:
    return {f["date"] for f in facts_of(text, published) if f["coach"] == coach and f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            _LEAD + "Lind, 46, has spent the last four seasons in charge of Brentford's under-21s.",
            "2020-07-01",
        ),
        (
            _LEAD + "Lind arrives from Wigan Athletic, where he spent the past three seasons on the bench.",
            "2021-07-01",
        ),
        (
            _LEAD + "Lind has spent the past three years as assistant to Ralf Ostrander at Wigan Athletic.",
            "2021-01-01",
        ),
    ],
)
def test_the_last_seasons_spent_date_his_spell(text: str, start: str) -> None:
    assert _spell_dates(text, "Tomas Lind") == {start}


def test_told_after_the_season_began_the_new_one_is_not_counted() -> None:
    text = _LEAD + "Lind, 46, has spent the last four seasons in charge of Brentford's under-21s."
    assert _spell_dates(text, "Tomas Lind", "2024-09-03") == {"2020-07-01"}


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Lind has spent the past three years as assistant to Ralf Ostrander at Wigan Athletic.",
        _LEAD + "Lind spent six years on Ralf Ostrander's staff at Wigan Athletic.",
    ],
)
def test_the_boss_is_not_dated_by_his_aides_time(text: str) -> None:
    assert _spell_dates(text, "Ralf Ostrander") == {None}


def test_no_count_no_date() -> None:
    text = _LEAD + "Lind has spent the last few seasons in charge of Brentford's under-21s."
    assert _spell_dates(text, "Tomas Lind") == {None}
