"""Capitalised runs that are nobody: a side's plural nickname after 'the', a source cited in
brackets at a sentence's end, a ground named after a coaching cue."""

import pytest

from pipeline.extract.mentions import run_mentions


def _people(sentence: str, strong: set[str] | None = None) -> list[str]:
    return [m.name for m in run_mentions(sentence, strong) if m.kind == "P"]


def _clubs(sentence: str, strong: set[str] | None = None) -> list[str]:
    return [m.name for m in run_mentions(sentence, strong) if m.kind == "C"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Saxons announced on Friday that their manager had resigned.",
        "The Conquerors confirmed the appointment of their new boss.",
        "Last night the Stars parted company with their head coach.",
        "It is the first time the Dragons have sacked a coach midseason.",
    ],
)
def test_plural_nickname_after_the_is_nobody(sentence: str) -> None:
    assert _people(sentence) == []


def test_plural_nickname_resolves_to_the_articles_club() -> None:
    sentence = "The Hoops announced that their manager has left."
    assert _clubs(sentence, {"Celtic"}) == ["Celtic"]
    assert _clubs(sentence, {"Arsenal"}) == []  # no club of the article owns the nickname


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The Athletic understands Marcus has agreed terms.", "Marcus"),  # no plural: a given name
        ("Jones was sacked by the Reds' owners, Thomas said.", "Thomas"),
        ("Saxons was appointed manager on Monday.", "Saxons"),  # no 'the' before it
    ],
)
def test_singular_or_bare_names_stay_people(sentence: str, person: str) -> None:
    assert person in _people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Genoa sacked their coach on Tuesday (Il Secolo XIX).",
        "The board met the manager last night (Belfast Telegraph)",
        "He was told his time was up (Sun on Sunday).",
        "Milan are close to a new deal for their coach (Gazzetta dello Sport).",
        "The club want a new coach by June (L'Équipe).",
    ],
)
def test_bracketed_source_at_sentence_end_is_nobody(sentence: str) -> None:
    assert _people(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("A smile on the touchline at Anfield (Jürgen Klopp).", "Jürgen Klopp"),  # a caption's person
        ("Liverpool's manager (Jürgen Klopp) praised the Telegraph's reporter.", "Jürgen Klopp"),
        ("The Times reported (Jürgen Klopp was not asked) that the deal is done.", "Jürgen Klopp"),
    ],
)
def test_bracketed_people_stay_people(sentence: str, person: str) -> None:
    assert person in _people(sentence)


def test_ground_after_a_coaching_cue_is_no_club() -> None:
    sentence = "He had been co-trainer at the Red Bull Arena under Jesse Marsch."
    assert "Red Bull Arena" not in _clubs(sentence)
    assert "Jesse Marsch" in _people(sentence)


def test_known_club_after_a_coaching_cue_stays_a_club() -> None:
    assert _clubs("He was co-trainer at the Wolfsburg club under Magath.") == ["VfL Wolfsburg"]
