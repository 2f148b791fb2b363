"""Posts and renewals told in translated idioms: "the new inhabitant of the bench is X" (Spanish "el nuevo
inquilino del banquillo": the new coach), "X continues as physical preparer" (an aide kept on, any backroom
title), "announced the renewal of the cooperation with the coach X" (his contract renewed)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Real Oviedo have sacked Luis Carrión. The new inhabitant of the bench is Javier Calleja, who "
            "was presented on Tuesday.",
            ("Javier Calleja", "Real Oviedo", "appointed"),
        ),
        (
            "Real Oviedo have appointed Javier Calleja. Carlos Ordóñez continues as physical preparer.",
            ("Carlos Ordóñez", "Real Oviedo", "in_charge"),
        ),
        (
            "Panetolikos announced the renewal of the cooperation with the coach Giannis Petrakis until the "
            "summer of 2026.",
            ("Giannis Petrakis", "Panetolikos", "extended"),
        ),
    ],
)
def test_translated_idiom_gives_the_fact(text, fact):
    assert fact in events_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: another "new … is" than the bench, a player's role, a renewal of something else
        (
            "Real Oviedo have sacked Luis Carrión. The new owner of the club is Martín Peláez.",
            "Martín Peláez",
        ),
        (
            "Real Oviedo have appointed Javier Calleja. The defender Carlos Ordóñez continues as captain.",
            "Carlos Ordóñez",
        ),
        (
            "Panetolikos announced the renewal of talks with Giannis Petrakis about a new stadium.",
            "Giannis Petrakis",
        ),
    ],
)
def test_no_post_from_other_wordings(text, name):
    assert not any(c == name for c, _, _ in events_of(text))
