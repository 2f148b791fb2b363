"""A spell whose rule reads its years too ("X, who led them in 2014 and 2015") is dated by the first of
them; a year of what the spell won ("who led them to the title in 2016") is not its start. Sentences
of our own."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Kilmarnock have named Owen Pryce as their new manager. "


def _spell_dates(sentence: str) -> list[str | None]:
    return [
        f["date"]
        for f in facts_of(_LEAD + sentence)
        if f["coach"] == "Gary Lunn" and f["club"] == "Kilmarnock" and f["event"] == "in_charge"
    ]


def test_the_first_year_told_in_the_spells_words() -> None:
    assert _spell_dates("He takes over from Gary Lunn, who led them in 2017 and 2018.") == ["2017-01-01"]


def test_a_year_of_what_the_spell_won_is_not_its_start() -> None:
    assert _spell_dates("He takes over from Gary Lunn, who led them to the cup in 2016.") == [None]
