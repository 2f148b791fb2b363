"""Which national team and squad: a nationality word before a national age group names that country's
team ('the Italian under-21 team'), not the coach it would describe alone ('the Italian')."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.people import descriptor_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paolo Rossi coached the Italian under-21 team.",
            ("Paolo Rossi", "Italy", "national_u21", "in_charge"),
        ),
        ("Jonas Becker coached the German U21s.", ("Jonas Becker", "Germany", "national_u21", "in_charge")),
        (
            "Latvia named Marco Bianchi head coach on Thursday. Before that the Italian tactician led the "
            "Italian under-21 side for four years.",
            ("Marco Bianchi", "Italy", "national_u21", "in_charge"),
        ),
        (
            "Tomás Silva was in charge of the Portuguese under-20 side for three years.",
            ("Tomás Silva", "Portugal", "national_u20", "in_charge"),
        ),
    ],
)
def test_demonym_before_an_age_group_names_the_country(text: str, expected: tuple) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert not {k for k in keys if k[1] == "Latvia" and k[2] == "national_u21"}


@pytest.mark.parametrize(
    ("sentence", "descriptor"),
    [
        # the same words ending on a coaching title still describe the man
        ("The Italian under-21 coach was sacked on Monday.", "The Italian under-21 coach"),
        ("The Italian youth coach was sacked on Monday.", "The Italian youth coach"),
        ("The Italian was sacked on Monday.", "The Italian"),
    ],
)
def test_demonym_ending_on_a_title_still_describes_a_coach(sentence: str, descriptor: str) -> None:
    assert [sentence[a:b] for a, b, _ in descriptor_spans(sentence)] == [descriptor]


def test_demonym_before_an_age_group_is_no_descriptor() -> None:
    assert not descriptor_spans("He coached the Italian under-21 team and the Brazilian Olympic side.")
