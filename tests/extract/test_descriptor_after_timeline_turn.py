"""A descriptor opening the sentence after one that closes on a new man's arrival ("… before B was
appointed. The 58-year-old lasted six weeks") means that new man, not the earlier subject."""

from __future__ import annotations

from extract_helpers import read_as


def test_age_after_before_appointed_is_the_new_man(monkeypatch):
    text = (
        "Carlos Moreira resigned at FC Porto in October. Rui Tavares, his assistant, led the team for two "
        "matches before Jorge Mendes Pinto was appointed in November. The 58-year-old lasted only six weeks."
    )
    assert read_as(text, "The 58-year-old", monkeypatch) == ["Jorge Mendes Pinto"]


def test_former_national_coach_after_until_arrived_is_the_new_man(monkeypatch):
    text = (
        "Tomas Kral, 45, a youth coach, then took charge of Sparta Prague as caretaker until Marco Bellini "
        "arrived in January. The former Italy coach was sacked in April."
    )
    assert read_as(text, "The former Italy coach", monkeypatch) == ["Marco Bellini"]


def test_age_the_text_gave_the_subject_keeps_him(monkeypatch):
    # near-miss: the descriptor gives the age the text gave the earlier man by name
    text = (
        "Tomas Kral, 45, took charge of Sparta Prague as caretaker until Marco Bellini arrived in January. "
        "The 45-year-old then returned to the academy."
    )
    assert read_as(text, "The 45-year-old", monkeypatch) == ["Tomas Kral"]


def test_age_the_text_gave_the_new_man_otherwise_is_not_him(monkeypatch):
    # near-miss: the text gave the new man another age
    text = (
        "Tomas Kral took charge of Sparta Prague as caretaker until Marco Bellini, 61, arrived in January. "
        "The 45-year-old then returned to the academy."
    )
    assert read_as(text, "The 45-year-old", monkeypatch) != ["Marco Bellini"]


def test_arrival_not_closing_the_sentence_is_no_turn(monkeypatch):
    # near-miss: the arrival is told mid-sentence and the story goes back to the subject after it
    text = (
        "Rui Tavares, the assistant, led FC Porto before Jorge Mendes Pinto was appointed, and he then "
        "left for Braga. The 52-year-old has since coached three clubs."
    )
    assert read_as(text, "The 52-year-old", monkeypatch) != ["Jorge Mendes Pinto"]


def test_descriptor_not_opening_the_sentence_is_left_alone(monkeypatch):
    # near-miss: a descriptor inside the clause is read as before
    text = (
        "Tomas Kral, 45, took charge of Sparta Prague as caretaker until Marco Bellini arrived in January. "
        "In April the club sacked the 45-year-old."
    )
    assert "Marco Bellini" not in read_as(text, "the 45-year-old", monkeypatch)


# "The 58-year-old lasted six weeks: the club parted ways with him": "him" of the clause after the colon
# is the man the descriptor opening the sentence means


def test_him_after_colon_is_the_described_man(monkeypatch):
    text = (
        "Carlos Moreira resigned at FC Porto in October. Rui Tavares, his assistant, led the team for two "
        "matches before Jorge Mendes Pinto was appointed in November. The 58-year-old lasted only six "
        "weeks: the board let him go in December."
    )
    assert read_as(text, "him", monkeypatch) == ["Jorge Mendes Pinto"]


def test_him_after_semicolon_is_the_described_man(monkeypatch):
    text = (
        "Tomas Kral, 45, took charge of Sparta Prague as caretaker until Marco Bellini arrived in January. "
        "The 61-year-old won two of his ten games; the club dismissed him in April."
    )
    assert read_as(text, "him", monkeypatch) == ["Marco Bellini"]


def test_him_after_colon_with_a_man_named_between_is_not_this_rule(monkeypatch):
    # near-miss: a man named after the colon is the subject there, and "him" is not that man
    text = (
        "Tomas Kral, 45, took charge of Sparta Prague as caretaker until Marco Bellini arrived in January. "
        "The former Italy coach lasted three months: Kral replaced him in April."
    )
    assert "Tomas Kral" not in read_as(text, "him", monkeypatch)
