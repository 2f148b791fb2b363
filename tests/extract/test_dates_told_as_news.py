"""Dates a change takes from its tense when the text gives none: the present perfect ('has left the
club'), the present ('leaves along with him', 'is also leaving') and a stand-in's future ('will take
charge of Saturday's game') tell today's news, anywhere in the article; the past tense with no date
('was sacked') and a pluperfect ('had left') tell nothing about when."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-03-12"
LEAD = "Brentwick Town have sacked Colin Marsh after a run of seven defeats. "
FILLER = "The club sit 19th in the table. Supporters had called for change for weeks. "


def _spell(text: str, coach: str) -> dict:
    """The coach's spell as caretaker (an assistant in interim charge also keeps his assistant's spell)."""
    (spell,) = [
        f
        for f in facts_of(text, PUBLISHED)
        if (f["coach"], f["event"], f["role"]) == (coach, "in_charge", "caretaker")
    ]
    return spell


def _date_of(text: str, coach: str, event: str) -> str | None:
    (fact,) = [f for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]
    return fact["date"]


@pytest.mark.parametrize(
    ("sentence", "coach", "event"),
    [
        ("His long-time assistant Dean Foley has also left the club.", "Dean Foley", "left"),
        ("Assistant manager Dean Foley is also leaving Brentwick.", "Dean Foley", "left"),
        ("Assistant coach Pete Lowry will take charge of Saturday's game.", "Pete Lowry", "appointed"),
        ("Assistant coach Pete Lowry will lead the team on an interim basis.", "Pete Lowry", "appointed"),
        ("Goalkeeping coach Ray Hinds leaves the club as well.", "Ray Hinds", "left"),
    ],
)
def test_a_change_in_the_news_tenses_takes_the_article_date(sentence: str, coach: str, event: str) -> None:
    assert _date_of(LEAD + FILLER + sentence, coach, event) == PUBLISHED


@pytest.mark.parametrize(
    "sentence",
    [
        "Rotherham sacked Dean Foley after a poor run.",  # past, undated: no date
        "Assistant Dean Foley had left the club before the season began.",  # pluperfect: earlier
    ],
)
def test_the_past_tense_gives_no_date(sentence: str) -> None:
    facts = [f for f in facts_of(LEAD + FILLER + sentence, PUBLISHED) if f["coach"] == "Dean Foley"]
    assert facts and all(f["date"] is None for f in facts)


def test_a_dated_clause_keeps_its_own_date() -> None:
    text = LEAD + FILLER + "Assistant coach Pete Lowry will take charge of the team from 1 April."
    assert _date_of(text, "Pete Lowry", "appointed") == "2024-04-01"


def test_a_predecessor_who_has_left_for_another_club_left_earlier() -> None:
    text = (
        "Brentwick Town have appointed Colin Marsh. He replaces Dean Foley, who has left for Rotherham. "
        + FILLER
    )
    foley = [f for f in facts_of(text, PUBLISHED) if f["coach"] == "Dean Foley" and f["event"] == "left"]
    assert foley and all(f["date"] != PUBLISHED for f in foley)


@pytest.mark.parametrize(
    "sentence",
    [
        "His assistants Dean Foley and Ray Hinds have also left, according to the club.",
        "Assistant Dean Foley and fitness coach Ray Hinds were dismissed too.",
        "His assistant Dean Foley leaves along with him.",
    ],
)
def test_staff_going_with_the_head_coach_take_his_date_from_sentences_before(sentence: str) -> None:
    text = "Brentwick Town sacked Colin Marsh on 2 March. " + FILLER + "Marsh had been in charge since 2021. "
    foley = [f for f in facts_of(text + sentence, PUBLISHED) if f["coach"] == "Dean Foley"]
    assert foley and all(f["date"] == "2024-03-02" for f in foley)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pete Lowry, who has been in interim charge since Colin Marsh resigned in February, stays on.",
        "Pete Lowry has been in interim charge since Marsh's departure in February.",
    ],
)
def test_a_spell_since_a_dated_clause_starts_at_that_date(sentence: str) -> None:
    text = "Brentwick Town have appointed Tom Reid as head coach. " + sentence
    spell = _spell(text, "Pete Lowry")
    assert (spell["date"], spell["date_precision"]) == ("2024-02-01", "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "Assistant Pete Lowry has been in interim charge since then.",
        "Assistant Pete Lowry has been in interim charge since Marsh's exit.",
        "Marsh's exit was a shock, and assistant Pete Lowry has been in interim charge since.",
    ],
)
def test_a_spell_since_then_starts_with_the_change_told_before(sentence: str) -> None:
    text = "Brentwick Town sacked Colin Marsh on 2 March. " + FILLER + sentence
    spell = _spell(text, "Pete Lowry")
    assert spell["date"] == "2024-03-02"


def test_since_then_without_an_earlier_change_gives_no_date() -> None:
    text = "Assistant Pete Lowry has been in interim charge of Brentwick Town since then."
    spell = _spell(text, "Pete Lowry")
    assert spell["date"] is None


def test_a_contract_until_the_summer_of_a_year_is_a_term_not_a_date_or_a_departure() -> None:
    text = (
        "Brentwick Town have appointed former Rotherham boss Tom Reid as manager on a deal running "
        "until the summer of 2027."
    )
    facts = facts_of(text, PUBLISHED)
    (appointed,) = [f for f in facts if f["event"] == "appointed"]
    assert appointed["date"] == PUBLISHED
    assert not [f for f in facts if f["event"] == "left"]  # the term ends in the future
