"""A year he spent somewhere dates that spell, as "in 2021" does: "spent 2021 in charge of C" (sentences
of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Dunfermline have appointed Colin Fairlie as head coach. "


def _dates(text: str) -> set[tuple[str | None, str | None]]:
    return {(f["date"], f["date_precision"]) for f in facts_of(_LEAD + text) if f["club"] == "Kilmarnock"}


@pytest.mark.parametrize(
    "text",
    ["Fairlie spent 2021 in charge of Kilmarnock.", "Fairlie spent 2021 as head coach of Kilmarnock."],
)
def test_the_year_spent_dates_the_spell(text: str) -> None:
    assert _dates(text) == {("2021-01-01", "year")}


def test_a_year_spent_elsewhere_does_not_date_a_spell_told_with_its_own_year() -> None:
    text = "Fairlie, who spent 2019 at Celtic as a player, was in charge of Kilmarnock from 2022."
    assert _dates(text) == {("2022-01-01", "year")}
