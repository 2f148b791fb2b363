"""Spells told as a clause's companion belong to its subject, not to a man named as a verb's object; a
series of verb phrases opened by a playing verb, or 'worked with C on <something>', is no coaching spell
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


def test_spells_after_a_replaced_man_are_not_his() -> None:
    text = (
        "Rangers have appointed Ian Graham. Graham replaces Philippe Clement, with spells at Hibernian and "
        "Aberdeen behind him."
    )
    assert "Hibernian" not in _spells(text, "Philippe Clement")


def test_spells_of_the_subject_still_read() -> None:
    text = (
        "Rangers have appointed Ian Graham. Graham, 52, is a seasoned coach, with spells at Hibernian and "
        "Aberdeen."
    )
    assert {"Hibernian", "Aberdeen"} <= _spells(text, "Ian Graham")


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Maresca played for Sevilla, worked with Juventus on loan and moved to Malaga.", "Juventus"),
        ("Maresca negotiated the terms himself and worked with Chelsea on the paperwork.", "Chelsea"),
    ],
)
def test_worked_with_a_club_on_something_is_no_spell(sentence: str, club: str) -> None:
    assert club not in _spells("Leicester have appointed Enzo Maresca. " + sentence, "Enzo Maresca")


def test_a_coaching_series_still_reads() -> None:
    text = (
        "Leicester have appointed Enzo Maresca. Maresca coached Parma, worked with Juventus and later led "
        "Ascoli."
    )
    assert "Juventus" in _spells(text, "Enzo Maresca")
