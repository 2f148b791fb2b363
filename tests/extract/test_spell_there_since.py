"""A spell told by its start at the club in view, named by its town, ground or nickname or as "the side"
('had been in charge in Tromsø since 2021', 'in charge at the Kassam Stadium since', 'in charge of the side
since the summer of 2022', 'at the head of the Sharks since 2019'); "at the head of the Federation" is an
office, no spell. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Oxford United have sacked head coach Rune Dahl. "


def _spell(text: str) -> dict | None:
    return next(
        (
            f
            for f in facts_of(text, "2024-11-20")
            if (f["coach"], f["club"], f["event"]) == ("Rune Dahl", "Oxford United", "in_charge")
        ),
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Dahl, who won the title with Viking, had been in charge in Cowley since 2021.", "2021-01-01"),
        ("Dahl had been in charge at the Kassam Stadium since March 2022.", "2022-03-01"),
        ("The Norwegian had been in charge of the side since the summer of 2022.", "2022-07-01"),
        ("Dahl had been at the head of the Yellows since 2019.", "2019-01-01"),
    ],
)
def test_spell_at_the_club_in_view_told_by_place(sentence: str, date: str) -> None:
    fact = _spell(_SACKED + sentence)
    assert fact is not None
    assert fact["date"] == date


def test_head_of_a_federation_is_an_office() -> None:
    text = _SACKED + "Dahl's father Erik Dahl had been at the head of the Federation since 2019."
    keys = {(f["coach"], f["event"]) for f in facts_of(text, "2024-11-20")}
    assert ("Rune Dahl", "dismissed") in keys
    assert ("Erik Dahl", "in_charge") not in keys
