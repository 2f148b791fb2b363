"""A club whose name holds 'of' read across a run that opens on a word naming nothing ('Former Queen of
the South boss Y', 'New Hearts of Oak coach Y'): the whole club, not the shorter alias its first word
makes alone (Hearts, Heart of Midlothian's)."""

from __future__ import annotations

from pipeline.extract.mentions import run_mentions


def _clubs(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "C"]


def test_former_before_an_of_name_reads_the_whole_club() -> None:
    assert _clubs("Former Hearts of Oak coach Kwame Mensah is on the shortlist.") == ["Accra Hearts of Oak"]


def test_new_before_an_of_name_reads_the_whole_club() -> None:
    assert _clubs("New Queen of the South boss Peter Murray spoke on Friday.") == ["Queen of the South"]


def test_short_alias_without_the_of_words_is_kept() -> None:
    # near-miss: 'Former Hearts coach' names Heart of Midlothian; 'of' after it is no part of a club name
    assert _clubs("Former Hearts coach Kwame Mensah of Leith is on the shortlist.") == ["Heart of Midlothian"]


def test_sentence_capital_the_still_opens_no_name() -> None:
    # near-miss: "The University of Chile" is still the club, read past the sentence's "The"
    assert _clubs("The University of Chile announced its new coach.") == ["Universidad de Chile"]
