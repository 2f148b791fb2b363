"""A nationality word right before a name ("fellow Dane X", "South Korean X") is dropped before the rules
read the sentence; a cheap scan first looks for a capitalised word before a person tag at all."""

from __future__ import annotations

import re

from pipeline.extract.lexicon import DEMONYMS
from pipeline.extract.rule_facts import without_nationality


def test_every_demonym_ends_in_a_capitalised_word():
    # what the cheap scan (`_CAPITALISED_BEFORE_NAME`) relies on
    assert all(re.fullmatch(r"(?:.*[\s-])?[A-Z][a-z]+", d) for d in DEMONYMS)


def _dropped(tagged: str) -> str:
    return without_nationality(tagged, list(range(len(tagged) + 1)))[0]


def test_nationality_before_a_name_is_dropped():
    assert _dropped("Assisted by Englishman «P0», «P1» took over.") == "Assisted by «P0», «P1» took over."
    assert _dropped("«C0» hired the South Korean «P1» in May.") == "«C0» hired «P1» in May."
    assert _dropped("«C0» replaced fellow Dane «P1».") == "«C0» replaced «P1»."


def test_a_sentence_without_a_capitalised_word_before_a_name_is_kept():
    assert _dropped("«C0» replaced head coach «P1» with «P2».") == "«C0» replaced head coach «P1» with «P2»."
    assert _dropped("Coach «P1» left.") == "Coach «P1» left."
