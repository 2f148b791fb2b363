"""A nationality descriptor ('The Argentine', 'the 52-year-old Portuguese') in a story naming coaches
of different nationalities means the man of that nationality — by what the text says of him, failing
that by what every reader knows of a well-known coach (coach_nationalities.csv) — not the man named
last."""

from __future__ import annotations

import pytest

from pipeline.extract.coreference import widely_known_nationality
from tests.extract.extract_helpers import read_as


def test_reference_nationalities_are_keys_of_the_descriptor_words():
    assert widely_known_nationality("Marcelo Bielsa") == frozenset({"argentine"})
    assert widely_known_nationality("Habib Beye") == frozenset({"senegalese", "french"})
    assert widely_known_nationality("Pieter Koning") == frozenset()


@pytest.mark.parametrize(
    ("text", "reference", "meant"),
    [
        pytest.param(
            "Hervé Renard has been named the new coach of the national team, replacing Marcelo Bielsa, who "
            "resigned last week. "
            "The Argentine, formerly of Leeds United and Athletic Bilbao, had been in charge since 2023.",
            "The Argentine",
            "Marcelo Bielsa",
            id="argentine_is_the_known_argentine_not_the_man_named_last",
        ),
        pytest.param(
            "Paulo Fonseca is the new coach of Lyon, in place of Pierre Sage, who was sacked on Monday after "
            "Rudi Garcia turned the job down. "
            "The Portuguese, formerly of Roma and Lille, signs until 2027.",
            "The Portuguese",
            "Paulo Fonseca",
            id="three_coaches_each_descriptor_finds_its_own_man",
        ),
        # the text's own word for a man (here an invented double nationality) is kept, not overwritten
        pytest.param(
            "Vincent Kompany, the Congolese coach, has been appointed at Anderlecht, replacing Jan Peeters, "
            "who was sacked on Sunday. "
            "The Congolese, formerly of Burnley, signs until 2027.",
            "The Congolese",
            "Vincent Kompany",
            id="what_the_text_says_prevails_over_what_readers_know",
        ),
        # near-miss: Bielsa is known as an Argentine, so 'The Swede' is the other man, though Bielsa leads
        pytest.param(
            "Marcelo Bielsa has been appointed at Malmö, replacing Lars Berg, who was sacked on Monday. "
            "The Swede, formerly of Hammarby, had been in charge since 2022.",
            "The Swede",
            "Lars Berg",
            id="a_known_coach_of_another_nationality_is_not_the_descriptor",
        ),
        # near-miss: no reference row for either man, so nothing changes the usual reading
        pytest.param(
            "Pieter Koning has been appointed at Malmö, replacing Lars Berg, who was sacked on Monday. "
            "The Dutchman, formerly of Heerenveen, signs until 2027.",
            "The Dutchman",
            "Pieter Koning",
            id="unknown_coaches_keep_the_reading_by_recency",
        ),
        # near-miss: Emery is known as a Spaniard, but so may be the man of no reference row the
        # clause is about; readers' knowledge of one man does not take the descriptor from the other
        pytest.param(
            "Villarreal appointed Unai Emery. He arrived to replace Carlos Ruiz after the Spaniard "
            "left to take charge of Getafe.",
            "the Spaniard",
            "Carlos Ruiz",
            id="a_man_of_unknown_nationality_may_be_the_descriptor",
        ),
    ],
)
def test_the_descriptor_means_the_man_of_its_nationality(
    text: str, reference: str, meant: str, monkeypatch
) -> None:
    assert read_as(text, reference, monkeypatch) == [meant]
