"""A youth spell told after a man named as the object of 'from' or 'to' is the subject's, not his: "took
over from Y, who had left for C, and before that coached the under-19s", "spent a season as an assistant
to Y after three years in charge of the club's under-21s". The man named is only the one replaced or
served, and keeps his own post (the senior side's). Not a clause on that man himself ("Y, who coached the
under-19s before that", "Y, who had three years in charge of the under-21s"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Kettering Town have appointed Olof Brandvik as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Brandvik, 44, took over at Corby Athletic in May 2021 from Ansel Quarry, who had moved to "
        "Rushden Rovers, and before that coached the under-19 team of Corby Athletic.",
        _LEAD + "Brandvik took over at Corby Athletic in 2021 from Ansel Quarry and before that coached the "
        "under-19 team of Corby Athletic.",
    ],
)
def test_youth_spell_after_the_man_replaced_is_the_subjects(text: str) -> None:
    keys = keys_of(text)
    assert ("Olof Brandvik", "Corby Athletic", "u19", "in_charge") in keys
    assert ("Ansel Quarry", "Corby Athletic", "u19", "in_charge") not in keys


def test_youth_spell_after_the_boss_served_is_the_subjects() -> None:
    keys = keys_of(
        _LEAD + "Brandvik spent the past season at Corby Athletic as an assistant to Ansel Quarry after "
        "three years in charge of the club's under-21s."
    )
    assert ("Olof Brandvik", "Corby Athletic", "u21", "in_charge") in keys
    assert ("Ansel Quarry", "Corby Athletic", "first_team", "in_charge") in keys
    assert ("Ansel Quarry", "Corby Athletic", "u21", "in_charge") not in keys


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Brandvik took over at Corby Athletic in 2021 from Ansel Quarry, who coached the under-19 "
        "team of Corby Athletic before that.",
        _LEAD + "Brandvik worked at Corby Athletic as an assistant to Ansel Quarry, who had three years in "
        "charge of the club's under-21s.",
    ],
)
def test_near_miss_a_clause_on_the_man_named_is_his(text: str) -> None:
    keys = keys_of(text)
    assert not {key for key in keys if key[0] == "Olof Brandvik" and key[2] in ("u19", "u21")}
