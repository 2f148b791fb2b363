"""Spells counted after the club's name: 'managed C in two spells', 'won titles with C over two spells',
'sat on the bench of C for two periods', 'worked in C in two times' (translated) and 'has coached C twice'
are two spells at C, each a fact of its own; the next item of a list keeps one. A bare 'twice' after the
club counts spells only after a coaching verb: titles and games counted ('won the cup with C twice',
'beat C twice') are no second spell. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _spells(text: str, coach: str) -> list[str]:
    """The clubs of the coach's in_charge facts, one per fact (a club twice for two spells)."""
    return sorted(f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge")


@pytest.mark.parametrize(
    "sentence",
    [
        "Webb previously managed Grimsby Town in two spells and Notts County.",
        "Before that, Webb won three league titles with Grimsby Town over two spells.",
        "Webb also sat on the bench of Grimsby Town for two periods.",
        "Earlier, Webb worked in Grimsby Town in two times, winning the cup once.",
        "Webb, who has coached Grimsby Town twice, was the supporters' choice.",
    ],
)
def test_a_count_after_the_club_tells_two_spells(sentence: str) -> None:
    text = "Hartlepool United have appointed Gareth Webb as manager. " + sentence
    assert _spells(text, "Gareth Webb").count("Grimsby Town") == 2


def test_the_next_item_of_the_list_keeps_one_spell() -> None:
    text = (
        "Hartlepool United have appointed Gareth Webb as manager. "
        "Webb previously managed Grimsby Town in two spells and Notts County."
    )
    assert _spells(text, "Gareth Webb").count("Notts County") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Webb won the cup with Grimsby Town twice.",
        "Webb, who has coached Grimsby Town, beat Notts County twice last season.",
        "Webb, who has coached Grimsby Town, was sent off twice as a player.",
    ],
)
def test_titles_and_games_counted_are_no_second_spell(sentence: str) -> None:
    text = "Hartlepool United have appointed Gareth Webb as manager. " + sentence
    spells = _spells(text, "Gareth Webb")
    assert spells.count("Grimsby Town") <= 1
    assert "Notts County" not in spells
