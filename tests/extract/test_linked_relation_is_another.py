"""The possessive of a relation told of a man through a linking verb is someone else's: "Y will be her
assistant", "Y, who becomes his number two", "Y was his predecessor" (nobody is his own assistant).
Near misses: a possessive that is no relation ("Y will be his own man", "Y was in his first season")
stays the man named. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import read_as

_OPENING = "Hammarby have appointed Lena Dahl as head coach. "


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        pytest.param("Former midfielder Kari Moen will be her assistant.", "her", id="will_be"),
        pytest.param("She brings Kari Moen, who becomes her number two.", "her", id="who_becomes"),
        pytest.param("Kari Moen was her deputy at Djurgarden.", "her", id="was"),
    ],
)
def test_relation_through_a_linking_verb_is_another(monkeypatch, sentence: str, reference: str) -> None:
    assert read_as(_OPENING + sentence, reference, monkeypatch)[-1] == "Lena Dahl"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Kari Moen was in her first season at Djurgarden.", id="no_relation_noun"),
        pytest.param("Kari Moen thanked her assistant at Djurgarden.", id="no_linking_verb"),
    ],
)
def test_no_relation_noun_or_no_link_keeps_the_man_named(monkeypatch, sentence: str) -> None:
    assert read_as(_OPENING + sentence, "her", monkeypatch)[-1] == "Kari Moen"
