"""A man's name holding a word that is usually no name ("Sunday", "Even", "Day", "Park", a nationality),
read whole when a coaching title in lower case comes right before it (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.text for m in run_mentions(sentence, set()) if m.kind == "P"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fitness coach Barry Day has signed a new deal.", "Barry Day"),
        ("Oldham sacked manager Dean Park on Monday.", "Dean Park"),
        ("The goalkeeper trainer, Radu Moldovan, joins from Arad.", "Radu Moldovan"),
        ("Rosenborg assistant Even Lunde will take the team.", "Even Lunde"),
        ("Ghana's former coach Sunday Afolabi and Kotoko's boss are on the list.", "Sunday Afolabi"),
        ("The club named their new boss Friday Okoro, who starts at once.", "Friday Okoro"),
    ],
)
def test_the_whole_name_after_a_title(sentence: str, name: str) -> None:
    assert name in _people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a weekday after a title, no name after it
        "He was named manager Sunday, the club said.",
        # a club after the weekday, not a surname
        "He was confirmed as coach Monday Arsenal said.",
        # a headline in Title Case: any word is capitalised there
        "Oldham Sack Manager Dean Park After Derby Defeat",
        # a nationality that describes a noun
        "Their coach Radu French football knows well.",
    ],
)
def test_no_name_made_of_a_weekday_club_or_headline(sentence: str) -> None:
    people = _people(sentence)
    assert not any(" " in p and p.split()[-1] in ("Sunday", "Park", "Arsenal", "French") for p in people)
    assert "Monday Arsenal" not in people and "Monday" not in people


def test_the_fact_carries_the_whole_name() -> None:
    facts = facts_of("Oldham Athletic have sacked manager Dean Park after five straight defeats.")
    assert {f["coach"] for f in facts if f["event"] == "dismissed"} == {"Dean Park"}
