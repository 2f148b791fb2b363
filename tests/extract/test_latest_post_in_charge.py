"""'X was most recently in charge of Belgian top-flight side C', 'was last in charge of Belgian club C':
a man's latest post told with an adverb between the verb and 'in charge of' is his spell there, as 'was in
charge of C' is, the club described before its name. Not a post of his that names no club. Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

STORY = "Groningen unveiled Sven Aalders as their new coach on Friday. "


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Aalders was most recently in charge of Belgian top-flight side Lokeren.", id="rec"),
        pytest.param("Aalders, 52, was last in charge of Belgian club Lokeren.", id="last"),
    ],
)
def test_latest_post_in_charge_with_an_adverb(told: str) -> None:
    assert "KSC Lokeren" in spells_of(STORY + told, "Sven Aalders")


def test_latest_post_in_charge_of_no_club() -> None:
    """Near miss: in charge of a coaching course names no club of his."""
    told = "Aalders was most recently in charge of a coaching course in Belgium."
    assert spells_of(STORY + told, "Sven Aalders") == set()
