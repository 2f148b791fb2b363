"""Whom a descriptor ('The Portuguese', 'The 61-year-old') means, and the sentence breaks it depends on
(written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions
from pipeline.extract.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def _coaches(text: str, event: str, club: str) -> set[str]:
    return {coach for coach, c, _, e in keys_of(text) if e == event and c == club}


# --- a division's or a group's letter ends a sentence: it is no initial of a name ---------------


@pytest.mark.parametrize(
    "text",
    [
        "He led the club back to Serie A. The Italian then left.",
        "He won promotion to Série A. The Portuguese then left.",
        "They were drawn in Group B. The draw was kind.",
        "They play in League C. The coach is new.",
    ],
)
def test_a_division_letter_before_a_full_stop_ends_the_sentence(text: str) -> None:
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The club appointed John A. Smith on Monday.",
        "Coach Pedro A. Silva took over in May.",
        "Assistant Mark B. Jones was named caretaker.",
    ],
)
def test_a_middle_initial_still_does_not_end_the_sentence(text: str) -> None:
    assert len(_sentences(text)) == 1


# --- an age opening the sentence after the lead and one sentence on the man replaced: the new man ------

_LEAD = "Hartlepool United have appointed Darren Sarll as their new manager. "
_EXIT = "John Askey was sacked last month after a run of five defeats. "


def _other_clubs(text: str) -> set[tuple[str, str, str]]:
    """(coach, club, event) of the facts at other clubs than the story's."""
    skip = {"Hartlepool United", "Swindon Town", "Bolton Wanderers"}
    return {(coach, club, event) for coach, club, _, event in keys_of(text) if club not in skip}


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        (_LEAD + _EXIT + "The 52-year-old previously coached Woking and Yeovil Town.", "Darren Sarll"),
        (
            "Gary Lowe is the new head coach of Swindon Town, the club announced on Friday. "
            "Neil Bryce was dismissed on October 9 with Swindon 19th in League Two. "
            "The 58-year-old has been in charge at six clubs, the last of them Woking, whom he left in 2021.",
            "Gary Lowe",
        ),
        (
            "Bolton Wanderers have named Steven Schumacher as head coach on a three-year deal. "
            "Ian Evatt left the club by mutual consent in January. "
            "The 40-year-old was in charge of Plymouth Argyle and Stoke City before.",
            "Steven Schumacher",
        ),
    ],
)
def test_an_age_after_a_sentence_first_naming_the_man_replaced_means_the_new_man(
    text: str, coach: str
) -> None:
    assert {c for c, _, _ in _other_clubs(text)} == {coach}


@pytest.mark.parametrize(
    "text",
    [
        # the lead already named him and the story goes on about him
        "Hartlepool United have appointed Darren Sarll as their new manager, replacing John Askey. "
        "Askey was sacked last month after a run of five defeats. The 52-year-old previously coached Woking.",
        # what only the man who left can have done
        _LEAD + _EXIT + "The 52-year-old had been in charge since 2021 and previously coached Woking.",
        # the sentence is about his time at the club he left
        _LEAD
        + _EXIT
        + "The 52-year-old led Hartlepool to the play-offs in 2023 and previously coached Woking.",
        # the text gave him that age, or the new man another
        _LEAD + "John Askey, 52, was sacked last month after a run of five defeats. "
        "The 52-year-old previously coached Woking.",
        "Hartlepool United have appointed Darren Sarll, 45, as their new manager. "
        + _EXIT
        + "The 52-year-old previously coached Woking.",
        # a nationality is left to what the text said; a sentence between turns the story to him
        _LEAD + _EXIT + "The Englishman previously coached Woking.",
        _LEAD + _EXIT + "Askey had won only two games. The 52-year-old previously coached Woking.",
    ],
)
def test_the_age_stays_with_the_man_replaced_where_the_story_is_on_him(text: str) -> None:
    assert {c for c, _, _ in _other_clubs(text)} == {"John Askey"}


# --- 'X's Kim Gi-dong': a lone unknown word owning a man named in full is his club, nobody's name -----


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("FC Seoul appoint Gimhae's Kim Gi-dong as manager", "Gimhae"),
        ("Toronto hired Kelowna's Bob Bradley on Monday.", "Kelowna"),
        ("The club turned to Tromsø's Gaute Helstad after the sacking.", "Tromsø"),
    ],
)
def test_a_lone_word_owning_a_man_named_in_full_is_no_person(sentence: str, owner: str) -> None:
    assert owner not in _people(sentence)


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Klopp's Pep Lijnders left with him.", "Klopp"),  # a known coach's surname
        ("Ancelotti's son Davide Ancelotti joined the staff.", "Ancelotti"),  # a word between
        ("Smith's side beat Walsall, Bob Bradley said.", "Smith"),  # no man named in full right after
    ],
)
def test_a_man_owning_his_aide_or_side_stays_a_person(sentence: str, owner: str) -> None:
    assert owner in _people(sentence)


def test_pohang_alone_is_the_steelers() -> None:
    text = (
        "FC Seoul on Thursday named Kim Gi-dong as their new manager. "
        "Kim had been in charge of Pohang since 2019 and leaves after five seasons."
    )
    assert ("Kim Gi-dong", "Pohang Steelers", "first_team", "left") in keys_of(text)
