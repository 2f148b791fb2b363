"""A spell told with its end in one sentence: "X led C to the title in 2019 before stepping down in May
2020" records his resignation at C (the last club named before it), dated by the words after the verb.
Not a plan ("will lead the team at the tournament before stepping down"), nor a board post ("before
stepping down as chairman")."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_NEW_MAN = "Hartberg have appointed Markus Feld as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Feld led Sturm Graz to the Austrian title in 2019 before stepping down in May 2020.",
        "Feld coached Sturm Graz for three seasons before resigning after a cup defeat.",
    ],
)
def test_spell_then_stepping_down_is_a_resignation(sentence: str) -> None:
    assert ("Markus Feld", "Sturm Graz", "first_team", "resigned") in keys_of(_NEW_MAN + sentence)


def test_the_resignation_takes_the_date_after_its_verb() -> None:
    facts = facts_of(
        _NEW_MAN + "Feld led Sturm Graz to the Austrian title in 2019 before stepping down in May 2020."
    )
    [quit_] = [f for f in facts if f["event"] == "resigned"]
    assert (quit_["date"], quit_["date_precision"]) == ("2020-05-01", "month")


@pytest.mark.parametrize(
    "sentence",
    [
        # a coming exit, told as a plan
        "Feld will lead Sturm Graz at the cup final before stepping down.",
        # a board post, not his coaching one
        "Feld played for Sturm Graz before stepping down as chairman of the players' union.",
    ],
)
def test_no_resignation_from_a_plan_or_a_board_post(sentence: str) -> None:
    assert ("Markus Feld", "Sturm Graz", "first_team", "resigned") not in keys_of(_NEW_MAN + sentence)
