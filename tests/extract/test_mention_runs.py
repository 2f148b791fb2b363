"""Runs of capitalised words split into clubs, places and people: the run splitter's paths
(written for these tests in our own words)."""

from __future__ import annotations

from pipeline.extract.mentions import run_mentions


def test_free_words_before_a_city_of_several_words_are_read_as_names() -> None:
    # a name, then a place that opens with a club's name: the name is kept, the place is no club
    found = run_mentions("Coach Tite Porto Alegre said.", None)
    assert [(m.kind, m.text) for m in found] == [("P", "Tite")]
    assert run_mentions("He grew up in Brazilian Porto Alegre before moving.", None) == []
