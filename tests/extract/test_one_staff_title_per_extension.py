"""One man's extension told once in a sentence is one fact, even when a second staff title in the
sentence ('…, as has goalkeeper coach Y') is read with it too (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Hibernian have extended the contract of head coach Tom Reid. "


def _extensions(text: str, coach: str) -> list[dict]:
    return [f for f in facts_of(text) if f["coach"] == coach and f["event"] == "extended"]


def test_an_aides_extension_beside_another_titled_man_is_told_once():
    text = _LEAD + "Assistant coach Sam Hart has also extended his deal, as has goalkeeper coach Dan Kerr."
    hart = _extensions(text, "Sam Hart")
    assert [f["role"] for f in hart] == ["assistant_coach"]
    assert [f["role"] for f in _extensions(text, "Dan Kerr")] == ["goalkeeping_coach"]


def test_two_men_extended_in_one_sentence_keep_one_fact_each():
    # the dedupe is per man: each aide keeps his own extension and title
    text = _LEAD + "Assistant coach Sam Hart and goalkeeper coach Dan Kerr have also signed new deals."
    assert [f["role"] for f in _extensions(text, "Sam Hart")] == ["assistant_coach"]
    assert [f["role"] for f in _extensions(text, "Dan Kerr")] == ["goalkeeping_coach"]
