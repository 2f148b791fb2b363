"""Wire datelines, numbered leagues and dates at the head of a name: a dateline's place and agency are nobody
('SAITAMA, Japan (Kyodo) --' made 'Kyodo' the person a later 'the Norwegian' meant), and a
month's day does not join the name after it ('On June 13 Filippo Inzaghi …')."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

from pipeline.extract.coreference import _blank_dateline as blank_dateline
from pipeline.extract.mentions import run_mentions


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("OSAKA, Japan (Kyodo) -- Gamba Osaka said Thursday.", "Gamba Osaka said Thursday."),
        ("SEOUL, July 8 (Yonhap) -- Kim Do-hoon was named.", "Kim Do-hoon was named."),
        ("LISBON, Dec 29 (Reuters) - Benfica coach", "Benfica coach"),
        ("TURIN, 27 OCT - Juventus have relieved", "Juventus have relieved"),
        ("ST. LOUIS (AP) — St. Louis City fired", "St. Louis City fired"),
        ("NYON, Switzerland (AFP) - The club said", "The club said"),
        ("(Reuters) - Chelsea have sacked", "Chelsea have sacked"),
    ],
)
def test_a_dateline_is_blanked_keeping_offsets(sentence: str, rest: str) -> None:
    blanked = blank_dateline(sentence)
    assert len(blanked) == len(sentence)
    assert blanked.strip() == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "BREAKING - Chelsea have sacked Tom Reid.",
        "PSG - the club said on Monday.",
        "Tom Reid - the new boss.",
    ],
)
def test_other_openings_are_left_alone(sentence: str) -> None:
    assert blank_dateline(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "town", "rest"),
    [
        ("PALERMO - The president has sacked", "PALERMO", "The president has sacked"),
        ("NAPOLI, Italy (ANSA) - The club said", "NAPOLI", "The club said"),
    ],
)
def test_a_town_that_is_a_clubs_name_stays(sentence: str, town: str, rest: str) -> None:
    blanked = blank_dateline(sentence)
    assert len(blanked) == len(sentence)
    assert blanked.startswith(town + " ")
    assert blanked[len(town) :].strip() == rest


def test_an_agency_is_not_the_person_a_descriptor_means() -> None:
    text = (
        "OSAKA, Japan (Kyodo) -- Gamba Osaka said Thursday they have dismissed manager Lars Jensen. "
        "The 58-year-old Dane took over at the start of the year."
    )
    facts = facts_of(text, "2024-07-25")
    assert {f["coach"] for f in facts} == {"Lars Jensen"}
    assert ("Lars Jensen", "appointed") in {(f["coach"], f["event"]) for f in facts}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("On June 13 Filippo Rossi was named coach of Palermo.", "Filippo Rossi"),
        ("On Oct 25 Tom Reid was named.", "Tom Reid"),
        ("Schalke 04 sacked Tom Reid.", "Tom Reid"),
    ],
)
def test_a_months_day_is_no_part_of_the_name_after_it(sentence: str, person: str) -> None:
    assert person in [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


def test_a_club_with_two_digits_keeps_them() -> None:
    assert [m.name for m in run_mentions("Hannover 96 sacked Tom Reid.", None) if m.kind == "C"] == [
        "Hannover 96"
    ]


def test_numbered_leagues_and_clubs_do_not_end_a_sentence() -> None:
    from pipeline.extract.text import sentence_spans

    text = (
        "He led Hansa to the 2. Bundesliga title last season. Then he left. Unterhaching play in the "
        "3. Liga now. He joined 1. FC Köln in 2020. They finished 2. Next year he moved."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He led Hansa to the 2. Bundesliga title last season.",
        "Then he left.",
        "Unterhaching play in the 3. Liga now.",
        "He joined 1. FC Köln in 2020.",
        "They finished 2.",
        "Next year he moved.",
    ]
